# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = Para usted
card-holder-door = No abra la puerta.
card-holder-show = Muestre esta tarjeta por una ventana, o pásela por debajo de la puerta.
card-holder-silent = No conteste preguntas. Usted tiene derecho a guardar silencio.
card-holder-sign = No firme nada.

card-says-title = Lo que la tarjeta le dice al agente
card-says-silent = Elijo guardar silencio. No voy a contestar sus preguntas. (Quinta Enmienda)
card-says-enter = No doy mi consentimiento para que entren a mi casa, a menos que tengan una orden judicial firmada por un juez con mi nombre. Por favor, pásela por debajo de la puerta. (Cuarta Enmienda)
card-says-search = No doy mi consentimiento para un registro de mi persona ni de mis cosas.
card-says-sign = No voy a firmar nada sin mi abogado.
card-says-lawyer = Quiero hablar con un abogado.
card-print = Imprima esta tarjeta en su idioma: escanee el código, o visite la dirección.
