# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = Para usted
card-holder-door = No abra la puerta.
card-holder-show = Muestre esta tarjeta por una ventana, o pásela por debajo de la puerta.
card-holder-silent = No conteste preguntas. Usted tiene derecho a guardar silencio.
card-holder-sign = No firme nada.
