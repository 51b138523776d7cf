# Words on the app's own screens: menus, buttons, keys and notices.

## Home menu
home-title = ¿Qué necesita?
home-hint = Toque una opción, o presione su número.

## Footer buttons (the key names Esc, Enter, L, ? and Q stay as they are)
button-back = Atrás
button-home = Menú
button-language = Idioma
button-help = Teclas
button-quit = Salir
button-hide = Ocultar

## Step markers in a topic. They are words, not only colours.
step-do = Haga
step-dont = No haga
step-say = Diga
step-info = Sepa
say-in-english = En inglés:
# Draft (issue 34): not yet checked by a community reviewer.
step-english-changed = El texto en inglés cambió; esta traducción se está actualizando. El inglés dice ahora:

## The end of every topic
topic-sources = Fuentes
topic-reviewed = Revisado el { $date }.
# Shown instead when that date is more than 180 days ago.
topic-stale = Revisado el { $date }. Las leyes y la forma en que se aplican cambian: pida una versión actualizada de esta aplicación.
not-legal-advice = Esto no es asesoría legal. Las leyes cambian y son distintas en cada estado. Hable con un abogado o con un representante acreditado por el DOJ.

## Shown when the window is too small
enlarge = Por favor, agrande esta ventana.

## Shown when the window is larger than the app draws (thousands of cells)
shrink = Por favor, achique esta ventana o agrande su texto.

## Shown when nobody has touched the app for a while
idle-countdown = Se reinicia en { $seconds } s. Toque la pantalla o presione una tecla para seguir.

## A translator's preview (--locales): what in their folder could not be read, and F5
preview-broken = { $count ->
    [1] 1 mensaje no se pudo leer
   *[other] { $count } mensajes no se pudieron leer
}
preview-reload = F5 vuelve a leer
preview-reloaded = Leído de nuevo: { $folder }

## Help: how to use the app (the ? key)
keys-title = Cómo usar esta aplicación
keys-tap = Toque o haga clic en una opción para abrirla.
keys-number = Una tecla con número: abrir esa opción.
# The Keys help screen puts the keys beside each of these (from the app's key table), so they name no keys.
keys-mouse-wheel = Rueda del ratón: desplazarse.
keys-touch = Con el dedo
keys-drag = Para moverse por la página, deslice el dedo hacia arriba o hacia abajo.
keys-touch-back = “{ button-back }” vuelve a la pantalla anterior.
keys-touch-home = “{ button-home }” va al menú principal.
keys-touch-language = “{ button-language }” cambia el idioma.
keys-touch-hide = “{ button-hide }” borra la pantalla de inmediato y olvida todo lo que usted miró.
keys-keyboard = Con el teclado
keys-previous-slide = En las diapositivas: volver un paso.
keys-next-slide = En las diapositivas: avanzar un paso.
keys-up = Subir.
keys-down = Bajar.
keys-page-up = Subir una pantalla.
keys-page-down = Bajar una pantalla.
keys-end = Ir al final.
keys-open = Abrir.
keys-go-back = Volver atrás.
keys-go-home = Ir al menú principal.
keys-next-part = Pasar de la lista a las opciones y a los botones.
keys-change-language = Cambiar el idioma.
keys-show-help = Mostrar esta página.
keys-hide-all = Ocultar todo de inmediato y empezar de nuevo.
keys-change-colors = Cambiar los colores, para un proyector o un cuarto con mucha luz.
keys-show-slides = Mostrar un tema en diapositivas grandes, un paso a la vez, para un grupo.
keys-second-language = En las diapositivas: elegir de una lista un segundo idioma, que se muestra al lado del primero.
keys-close-app = Cerrar la aplicación.

## Translation status
status-draft = Borrador: todavía no lo ha revisado una persona de la comunidad.
status-reviewed = Revisado por una persona de la comunidad.
# Draft (issue 34): not yet checked by a community reviewer.
status-part-reviewed = { $percent } % revisado por una persona de la comunidad.
status-changed = { $count } cambiaron en inglés desde que se tradujeron: se muestra el inglés con ellos.

## Privacy & about
about-never-title = Lo que esta aplicación nunca hace
about-never-network = Nunca se conecta a internet.
about-never-save = Nunca guarda lo que usted lee o toca.
about-never-ask = Nunca le pide su nombre, su dirección ni sus papeles.
about-legal-title = No es asesoría legal
about-translation-title = Este idioma

## What the kernel enforces (Privacy & about)
about-enforced-title = En esta computadora, ahora mismo
about-files-locked = Los archivos están bloqueados: esta aplicación no puede abrir ni escribir ningún archivo.
about-files-open = Los archivos no están bloqueados: esta computadora no puede bloquearlos. Aun así, la aplicación no escribe nada.
about-network-blocked = La red está bloqueada: esta aplicación no puede conectarse a nada.
about-network-open = La red no está bloqueada: esta computadora no puede bloquearla. Aun así, la aplicación nunca se conecta.

## The home menu: its sections
section-urgent-title = Llame ahora para pedir ayuda
section-urgent-intro = Un número al que puede llamar, según el lugar donde está.
section-rights-title = Conozca sus derechos
section-rights-intro = Qué hacer cuando llegan agentes de inmigración (ICE).
section-card-title = Tarjeta roja
section-card-intro = Muestre esta tarjeta por una ventana, o pásela por debajo de la puerta.
section-sanctuary-title = Santuario y apoyo
section-sanctuary-intro = Cómo las congregaciones y los vecinos apoyan a los inmigrantes.
section-help-title = Buscar ayuda
section-help-intro = Cómo encontrar un abogado y ayuda de confianza.
section-action-title = Actúe
section-action-intro = Maneras de ayudar a sus vecinos.
section-about-title = Privacidad e información
section-about-intro = Esta aplicación no guarda nada de su visita.

## Kiosk: the operator leaves with Ctrl-Alt-Q and a PIN
operator-pin-title = Operador
operator-pin-prompt = Escriba el PIN del operador y presione Enter. Esc cierra esto.
operator-pin-wrong = PIN incorrecto. Espere { $seconds } s y vuelva a intentarlo.
operator-pin-starting = El quiosco se acaba de encender. Espere { $seconds } s y luego escriba el PIN.
operator-pin-none = Este quiosco no tiene PIN de salida. Para cerrarlo, detenga su servicio.

## Presentation mode (P) for trainers
button-present = Presentar
button-end-presenting = Terminar
button-previous = Anterior
button-next = Siguiente
button-second-language = 2.º idioma

## Punctuation (write your language's own)
# A label and what follows it, as in "Website: imirj.org". Chinese uses "：", Khmer "៖".
punctuation-label = { $label }: { $value }
# Between the items of a short list, as in "Oregon, Nationwide". Keep the quotes to keep a space.
punctuation-list = {", "}

## Llame ahora para pedir ayuda (la primera fila del menú de inicio, tecla 0)
urgent-local = Para reportar actividad de ICE o pedir ayuda en { $place }, llame a:
urgent-none = Esta aplicación todavía no tiene una línea de ayuda para { $place }. Llame a una de las líneas nacionales de abajo, o mire en "Buscar ayuda".
urgent-national = En todo el país:
urgent-scan = Escanee con su teléfono para llamar:
urgent-more = Más lugares a los que puede llamar y preguntar: "Buscar ayuda".
# Find help's Place chooser: a list you can type into or tap.
directory-place-hint = Escriba un lugar, o tóquelo.
place-question = ¿Dónde está usted?
button-find-help = Buscar ayuda
