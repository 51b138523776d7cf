# Modo de presentación: diapositivas para quien proyecta la app en un taller.

## El contador del encabezado ("Conozca sus derechos · 2/9 · diapositiva 3/12").
present-slide = diapositiva { $slide }/{ $slides }
present-end-of-section = Fin de la sección: { $section }

## Pantalla de teclas
keys-first-slide = En las diapositivas: ir a la primera.
keys-last-slide = En las diapositivas: ir a la última.
keys-blank = En las diapositivas: poner la pantalla en negro y volver a mostrarla (cualquier tecla la muestra).
keys-hide-footer = En las diapositivas: ocultar los botones de abajo y volver a mostrarlos.
keys-number-slides = En las diapositivas: una tecla con número va a ese tema de la sección; dos números seguidos, rápido, van al 10.º y siguientes.

## Un momento después de cambiar los colores (T)
theme-default = Colores: normales
theme-high-contrast = Colores: alto contraste
theme-monochrome = Colores: sin color (monocromo)

## La lista de segundos idiomas para las diapositivas (tecla S)
second-title = Segundo idioma
second-hint = Elija un idioma para mostrar al lado de { $language } en las diapositivas.
second-none = Ninguno: solo { $language }
