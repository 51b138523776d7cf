# Find help: the directory of help contacts (content/contacts.toml).
# Names of organisations are not translated; these messages say what each does.

## La pantalla "Buscar ayuda"
directory-search = Buscar
directory-search-hint = Escriba un nombre, un lugar o lo que necesita.
directory-place = Lugar
directory-kind = Tipo
directory-all-places = Todos los lugares
directory-all-kinds = Todos los tipos
directory-checked = Esta lista se revisó el { $date }. Los números de teléfono cambian. Si un número no funciona, pruebe la página web.
directory-nothing-found = No se encontró nada. Pruebe con menos letras, o elija "Todos los lugares".
directory-report-now = Reporte ahora la actividad de ICE
directory-guide = En esta guía

## La página de un contacto
contact-phone = Teléfono
contact-web = Página web
contact-hours = Horario
contact-hours-always = Abierto las 24 horas, todos los días
contact-languages = Idiomas
contact-where = Dónde
contact-what = Qué hacen
contact-source = De dónde viene esta información
contact-seen = visto en { $date }
contact-no-phone = No se encontró un número de teléfono para ellos. Para encontrar ayuda legal gratis o de bajo costo cerca de usted, use el directorio de Immigration Advocates Network: immigrationadvocates.org/legaldirectory
contact-non-emergency = No es para emergencias.
contact-local = Lo agregó este centro. No viene de la lista revisada de la aplicación.
contact-scan-phone = Escanee con su teléfono para llamar:
contact-scan-web = Escanee con su teléfono para abrir la página web:
contact-qr-too-narrow = Haga la ventana más ancha para ver el código QR.

## Tipos de ayuda
kind-rapid-response = Línea para reportar a ICE
kind-legal = Ayuda legal
kind-accompaniment = Acompañamiento
kind-sanctuary = Congregaciones santuario
kind-community = Organización comunitaria
kind-services = Servicios sociales
kind-citizenship = Ciudadanía

## Palabras que la gente busca, para cada tipo de ayuda (separadas por comas)
# A search for any of them finds that kind's contacts first.
kind-rapid-response-words = línea de ayuda, línea de emergencia, reportar, denunciar, redada, redadas, operativo, migra, ICE, actividad de ICE, respuesta rápida, emergencia, llamar, llame ya, ayuda urgente
kind-legal-words = abogado, abogada, abogados, licenciado, licenciada, ayuda legal, asesoría legal, asistencia legal, consulta legal, abogado de inmigración, ayuda legal gratis
kind-accompaniment-words = acompañar, acompañamiento, acompañante, que me acompañen, ir conmigo, voluntario, voluntaria, cita con ICE
kind-sanctuary-words = santuario, iglesia, parroquia, congregación, templo, mezquita, sinagoga, fe, pastor
kind-community-words = comunidad, organización, organización comunitaria, hmong, jemer, camboyano, camboyana, lao, laosiano, vietnamita, asiático, asiática
kind-services-words = comida, alimentos, despensa, salud, clínica, médico, vivienda, casa, renta, servicios sociales, ayuda social
kind-citizenship-words = ciudadanía, ciudadano, ciudadana, hacerse ciudadano, naturalización, green card, tarjeta verde, mica, residencia, residencia permanente

## Lo que hace cada organización
contact-pirc-about = Línea de ayuda para todo el estado de Oregón. Llame para reportar la actividad de ICE. Envían un equipo de respuesta rápida y apoyan a las familias.
contact-imirj-about = Grupos de fe que acompañan a inmigrantes y ofrecen santuario. Su centro de bienvenida tiene clases de inglés y ayuda con la ciudadanía.
contact-apano-about = Organizan a las comunidades asiáticas y de las islas del Pacífico. Capacitan a personas para el acompañamiento.
contact-hmong-oregon-about = Organización comunitaria hmong. Participan en el acompañamiento.
contact-cacoregon-about = Organización comunitaria jemer (camboyana). Participan en el acompañamiento.
contact-ahsc-about = Servicios de salud y servicios sociales para las comunidades asiáticas de Portland.
contact-mira-about = Defensa y educación. Su línea de ayuda es para defensores y grupos comunitarios. Puede dejar un mensaje de voz.
contact-project-citizenship-about = Ayuda gratis para solicitar la ciudadanía de EE. UU.
contact-bijan-about = Voluntarios van con las personas a la corte y a sus citas con ICE. También ayudan con fondos para fianzas, transporte y vivienda después de salir de la detención.
contact-nyic-about = Una coalición de grupos de inmigrantes en Nueva York. Pueden referirlo a otros lugares que dan ayuda.
contact-actionnyc-about = Ayuda legal de inmigración gratis y segura, de la Ciudad de Nueva York.
contact-new-americans-hotline-about = Información de inmigración y referencias para el estado de Nueva York, en muchos idiomas.
contact-legal-aid-nyc-about = Ayuda legal para inmigrantes en la Ciudad de Nueva York.
contact-mixteca-about = Servicios para inmigrantes mexicanos y latinoamericanos en Brooklyn.
contact-icirr-about = Llame o mande un mensaje de texto, las 24 horas. Reporte redadas y reciba apoyo para su familia y referencias. Las letras del número dicen 855-HELP-MY-FAMILY.
contact-chirla-about = Servicios legales, organización comunitaria y ayuda para conocer sus derechos, en Los Ángeles.
contact-maof-about = Servicios sociales en Los Ángeles. No es ayuda legal.
contact-border-angels-about = Ayuda humanitaria y consultas en San Diego y en la frontera.
contact-mariposas-about = Apoyo para migrantes LGBTQ en detención, en Tucson.
contact-migrawatch-about = Línea de ayuda nacional de United We Dream. Reporte la actividad de ICE y reciba apoyo.
contact-legal-directory-about = Encuentre ayuda legal gratis o de bajo costo de organizaciones sin fines de lucro cerca de usted. Busque por código postal (ZIP).
contact-nijc-about = Servicios legales, también para personas en detención y personas que piden asilo.
contact-clinic-about = Servicios sociales y legales en las oficinas locales de Catholic Charities.
contact-young-center-about = Defensores de niños que llegaron solos a EE. UU. Reciben referencias con un formulario en su página web.
contact-aclu-about = Información para conocer sus derechos, y casos en la corte por los derechos de los inmigrantes.
contact-asian-law-caucus-about = Asesoría legal para refugiados del sudeste asiático que viven en California y tienen una orden de deportación.
contact-ajsocal-legal-about = Línea de ayuda legal en el sur de California.
contact-ajsocal-khmer-about = Línea de ayuda legal en jemer, en el sur de California.
contact-ajsocal-vietnamese-about = Línea de ayuda legal en vietnamita, en el sur de California.
contact-searac-about = Guías de recursos para personas del sudeste asiático en EE. UU. que enfrentan la deportación, y defensa. Correo electrónico: immigration@searac.org
contact-mn8-about = Grupo del sudeste asiático en Minnesota que lucha contra las deportaciones. Ayuda para conocer sus derechos en inglés, jemer, hmong y vietnamita.

## De dónde se publicó el número o la página web de un contacto (después del nombre de quien lo publicó)
contact-source-from = { $source }, { $kind }
source-kind-organisation-site = la página web de la organización
source-kind-organisation-documents = documentos de la organización
source-kind-news = una noticia
source-kind-press-release = un comunicado de prensa
source-kind-city-service = un servicio de información de la ciudad
source-kind-secondary = una página que repite el dato de otra fuente

## Agregado después de las primeras traducciones
contact-local-short = Agregado por este centro
keys-search = En "Buscar ayuda", escriba para buscar. Esc borra la búsqueda. Tab lo lleva a las opciones Lugar y Tipo.
keys-function-keys = Cuando las letras se escriben en una búsqueda, use F2 para el idioma, F12 para ocultar y F1 para la ayuda.
