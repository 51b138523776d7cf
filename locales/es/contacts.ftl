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
contact-hours-span = { $days }, de { $from } a { $to }
hours-days-daily = Todos los días
hours-days-mon-fri = De lunes a viernes
hours-days-mon = Los lunes
hours-days-tue = Los martes
hours-days-wed = Los miércoles
hours-days-thu = Los jueves
hours-days-fri = Los viernes
hours-days-sat = Los sábados
hours-days-sun = Los domingos
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
kind-rapid-response = Línea para reportar actividad de ICE
kind-legal = Ayuda legal
kind-accompaniment = Acompañamiento
kind-sanctuary = Congregaciones santuario
kind-community = Organización comunitaria
kind-services = Servicios sociales
kind-citizenship = Ciudadanía

## Palabras que la gente busca, para cada tipo de ayuda (separadas por comas)
# A search for any of them finds that kind's contacts first.
kind-rapid-response-words = línea de ayuda, línea de emergencia, reportar, denunciar, redada, redadas, operativo, migra, la migra, ICE, actividad de ICE, ICE está aquí, ICE en mi casa, ICE en mi puerta, ICE en el trabajo, agentes afuera, respuesta rápida, emergencia, urgente, llamar, llame ya, ahora mismo
kind-legal-words = abogado, abogada, abogados, licenciado, licenciada, ayuda legal, asesoría legal, asistencia legal, consulta legal, abogado de inmigración, abogado gratis, ayuda legal gratis, deportación, defensa contra la deportación, asilo, papeles
kind-accompaniment-words = acompañar, acompañamiento, acompañante, que me acompañen, ir conmigo, voluntario, voluntaria
kind-sanctuary-words = santuario, iglesia, parroquia, congregación, templo, mezquita, sinagoga, fe, pastor, lugar seguro
kind-community-words = comunidad, organización, organización comunitaria, grupo comunitario, vecinos, conozca sus derechos
kind-services-words = comida, alimentos, despensa, banco de comida, salud, clínica, médico, vivienda, casa, renta, albergue, servicios sociales, ayuda social
kind-citizenship-words = ciudadanía, ciudadano, ciudadana, hacerse ciudadano, naturalización, examen de ciudadanía, green card, tarjeta verde, mica, residencia, residencia permanente

## Needs people search for, each answered by some kinds of help (comma-separated).
# Write what people in your language really type, whole sentences too:
# every word counts, so add the words a frightened person uses.
# Someone in the family was detained (legal help, hotlines).
need-detained-words = detenido, detenida, detenidos, detuvieron, detención, arrestado, arrestada, arrestaron, agarraron, se lo llevaron, se la llevaron, se llevaron a mi esposo, se llevaron a mi hijo, lo agarró la migra, encerrado, cárcel, deportado, deportaron, esposo, esposa, marido, mujer, hijo, hija, mamá, papá, madre, padre, hermano, hermana, familiar, ser querido, buscar a un detenido
# Money to get someone out of detention (legal help, funds).
need-bond-words = fianza, bono, fianza de inmigración, dinero para la fianza, pagar la fianza, fondo de fianzas, salir de la detención, liberación, audiencia de fianza
# A hearing before an immigration judge (legal help).
need-hearing-words = corte, cita en la corte, audiencia, corte de inmigración, juez, jueza, juicio, tribunal, aviso de comparecencia
# A check-in or appointment with ICE (accompaniment, legal help).
need-check-in-words = cita con ICE, reportarme, presentarme, reportarme a ICE, cita, check-in, grillete, brazalete electrónico

## Search
# Words that say nothing about what someone looks for (comma-separated):
# a search ignores them. Short, common words of your language.
search-stop-words = a, al, el, la, los, las, lo, le, les, un, una, unos, unas, de, del, en, y, e, o, u, que, con, por, para, sin, sobre, mi, mis, me, yo, tu, tus, te, su, sus, se, nos, nuestro, es, son, fue, fueron, está, están, estaba, ser, estar, ha, han, hay, este, esta, ese, esa, eso, muy, ya, como, qué, quién, dónde, cómo, necesito, quiero, busco, ayuda, ayúdenme, ayudar, por favor, alguien, algo, va
# Words for "language": "help in my language" finds contacts who speak the
# language the search is typed in.
search-language-words = idioma, idiomas, lengua, mi idioma, habla, hable, hablan, intérprete, traductor

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
contact-new-americans-hotline-about = Línea gratis y confidencial del estado de Nueva York que refiere a ayuda legal de inmigración, también en casos de deportación, en más de 200 idiomas. También pueden referir a ayuda legal gratis a una persona en detención de inmigración. De lunes a viernes de 8 a. m. a 8 p. m., y los fines de semana de 9 a. m. a 5 p. m.
contact-legal-aid-nyc-about = Ayuda legal para inmigrantes en la Ciudad de Nueva York.
contact-mixteca-about = Servicios para inmigrantes mexicanos y latinoamericanos en Brooklyn.
contact-icirr-about = Llame o mande un mensaje de texto, las 24 horas. Reporte redadas y reciba apoyo para su familia y referencias. Las letras del número dicen 855-HELP-MY-FAMILY.
contact-chirla-about = Servicios legales, organización comunitaria y ayuda para conocer sus derechos, en Los Ángeles.
contact-maof-about = Servicios sociales en Los Ángeles. No es ayuda legal.
contact-border-angels-about = Ayuda humanitaria y consultas en San Diego y en la frontera.
contact-mariposas-about = Apoyo para migrantes LGBTQ en detención, en Tucson.
contact-chirla-national-hotline-about = Línea de ayuda nacional de CHIRLA, en Los Ángeles. Llame para reportar actividad de ICE y pedir apoyo. Alguien contesta todos los días; también puede dejar un mensaje de voz. Sus voluntarios que van a verificar los reportes están en Los Ángeles.
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

# Added 2026-12-01 (contacts for every state).
contact-ilcm-minnesota-about = Ayuda legal de inmigración gratis para inmigrantes y refugiados de bajos ingresos en Minnesota, incluso para personas en detención. También enseñan a la gente sus derechos.
contact-monarca-rapid-response-mn-about = Llame para reportar si ve agentes de ICE reunidos, o si detienen o persiguen a alguien, en Minneapolis y St. Paul. Puede llegar un equipo de respuesta rápida.
contact-copal-minnesota-about = Organización comunitaria latina con una línea de ayuda para reportar detenciones de ICE y recibir apoyo para las familias. Capacitan a personas para observar a ICE en todo Minnesota.
contact-hmong-american-partnership-about = Servicios de empleo, para jóvenes, de salud y para la familia, para familias hmong y otras familias refugiadas e inmigrantes en Minneapolis y St. Paul.
contact-voces-de-la-frontera-about = Línea de ayuda de voluntarios para reportar la actividad de ICE en Wisconsin; los voluntarios verifican los reportes. Ponen a las familias de personas detenidas en contacto con abogados.
contact-forward-latino-hotline-about = Línea de ayuda las 24 horas, atendida por personal, para personas afectadas por las acciones de los agentes de inmigración. Ayuda de emergencia y herramientas para que las familias se preparen.
contact-catholic-charities-milwaukee-immigration-about = Ayuda legal de inmigración de bajo costo para personas de bajos ingresos en diez condados del sureste de Wisconsin, con cita. Pida la extensión 4418.
contact-community-immigration-law-center-madison-about = Clínicas de inmigración gratis y defensa legal para personas de Madison y del condado de Dane que enfrentan la deportación.
contact-hmong-american-center-wausau-about = Centro en Wausau para familias hmong y otras familias del sudeste asiático en el centro de Wisconsin. Interpretación, ayuda con la salud, servicios para personas mayores y educación.
contact-hmong-american-friendship-association-about = Centro en Milwaukee para la comunidad del sudeste asiático: traducción, referencias, una despensa de alimentos, y programas para personas mayores y de empleo.
contact-hmong-american-womens-association-about = Grupo de Milwaukee que apoya a mujeres, niñas y personas queer y trans del sudeste asiático, sobre todo a sobrevivientes de violencia doméstica y sexual.
contact-waisn-deportation-defense-hotline-about = Llame o mande un mensaje de texto para reportar la actividad de ICE en el estado de Washington. Voluntarios verifican los reportes y ponen a las familias de personas detenidas en contacto con ayuda legal.
contact-nwirp-washington-about = Ayuda legal de inmigración gratis para inmigrantes de bajos ingresos en el estado de Washington, como asilo y defensa contra la deportación, también en el centro de detención de Tacoma.
contact-khaag-washington-about = Apoyo para personas jemer y otras personas del sudeste asiático en EE. UU. que enfrentan una orden de deportación, la detención de ICE o la deportación. Las ponen en contacto con NWIRP para recibir ayuda legal.
contact-hias-pennsylvania-about = Ayuda legal de inmigración gratis para inmigrantes de bajos ingresos, como asilo y defensa contra la deportación. También servicios para refugiados y servicios sociales, en el área de Filadelfia.
contact-pirc-pennsylvania-about = Ayuda legal para inmigrantes en Pensilvania, estén o no en detención, incluso sobrevivientes de violencia doméstica. Además enseñan los derechos y buscan abogados gratis.
contact-erie-ice-rapid-response-about = Llame para reportar la actividad de ICE o la detención de un ser querido en el condado de Erie. Voluntarios capacitados observan, registran lo que pasa y organizan el apoyo.
contact-cambodian-association-greater-philadelphia-about = Ayuda para refugiados e inmigrantes camboyanos en Filadelfia: personas que le ayudan con su caso, programas para jóvenes y de educación, y apoyo para la salud y el bienestar.
contact-vietlead-philadelphia-about = Grupo comunitario del sudeste asiático en Filadelfia. Su equipo hace campaña por los refugiados camboyanos y vietnamitas que enfrentan la deportación.
contact-luce-hotline-massachusetts-about = Llame para reportar agentes de inmigración que vea en cualquier lugar de Massachusetts. Voluntarios capacitados verifican los reportes y registran lo que pasa.
contact-cmaa-lowell-about = Organización comunitaria camboyana en Lowell. Para familias inmigrantes: traducción, renovación de la green card, ayuda con la ciudadanía, clases de inglés y programas para jóvenes.
contact-dorcas-international-ri-about = Ayuda legal de inmigración de bajo costo en Rhode Island, como ciudadanía, green card y renovaciones de DACA o TPS. También ayudan a refugiados a establecerse aquí.
contact-amor-defense-line-ri-about = Línea en inglés y en español para personas que enfrentan a ICE o violencia de la policía. Lo ponen en contacto con una persona que lleva su caso y con apoyo de la comunidad.
contact-prysm-providence-about = Grupo en Providence dirigido por jóvenes del sudeste asiático. Se organizan contra la deportación de refugiados camboyanos.
contact-siembra-nc-about = No se encontró ningún número de teléfono para esta línea de ayuda. Línea de ayuda para reportar la actividad de ICE en Carolina del Norte. Refieren a las familias a abogados de inmigración y les ayudan a hacer un plan de emergencia.
contact-respuesta-rapida-durham-about = Línea de respuesta rápida en Durham. Llame para reportar si ve a ICE o un arresto.
contact-nc-justice-center-irrp-about = Ayuda legal para inmigrantes de bajos ingresos en Carolina del Norte con la ciudadanía, peticiones familiares y otros casos de estatus migratorio.
contact-nc-hmong-womens-association-about = Apoyo para mujeres hmong y para la comunidad hmong del área de Hickory y Morganton.
contact-mirc-michigan-about = Ayuda legal de inmigración gratis en todo Míchigan, también para niños y trabajadores del campo. Mesa de ayuda en la corte de inmigración de Detroit para personas con casos de deportación.
contact-acrl-hotline-michigan-about = Llame para reportar agentes de inmigración que actúan de forma indebida en el área metropolitana de Detroit, y para conocer sus derechos.
contact-raices-texas-about = Ayuda legal gratis y de bajo costo en Texas para niños, familias y refugiados inmigrantes, como defensa contra la deportación y ayuda con la fianza.
contact-houston-immigration-legal-services-collaborative-about = Red de Houston que tiene la línea de ayuda Immigrant Rights Hotline. Refieren a quienes llaman a abogados de inmigración gratis y de bajo costo.
contact-trla-texas-about = Ayuda legal gratis en casos civiles para personas de bajos ingresos, incluso trabajadores del campo, en 68 condados de Texas.
contact-woori-juntos-houston-about = Grupo comunitario de Houston que se organiza contra la deportación de refugiados vietnamitas y laosianos. Enseñan a las familias sus derechos.
contact-san-mateo-rapid-response-about = Línea de ayuda las 24 horas para reportar la actividad de ICE en el condado de San Mateo. Verifican los arrestos, consiguen abogados de emergencia el mismo día y apoyan a las familias.
contact-oc-rapid-response-network-about = Línea de ayuda del condado de Orange que verifica los reportes de ICE y vigila si hay arrestos en las cortes. Ayudan a las familias de personas detenidas con el sistema legal.
contact-khmer-girls-in-action-about = Organización comunitaria camboyana en Long Beach. Hacen campaña contra la deportación de refugiados camboyanos y organizan reuniones comunitarias sobre la deportación.
contact-fresno-center-about = Organización de Fresno que atiende a familias refugiadas hmong y de otros países del sudeste asiático en el Valle Central.
contact-florida-raise-hotline-about = Línea de ayuda de Florida para conocer sus derechos, responder a las acciones de los agentes de inmigración, encontrar a un familiar detenido y conseguir abogados gratis.
contact-americans-for-immigrant-justice-about = Bufete de abogados sin fines de lucro en Miami. Ayuda legal gratis para niños inmigrantes, personas que piden asilo, sobrevivientes de trata o abuso, y personas en detención.
contact-nj-alliance-for-immigrant-justice-about = Coalición de grupos de inmigrantes de Nueva Jersey. En su página web puede reportar si ve a ICE, y encontrar tarjetas para conocer sus derechos y una lista de servicios legales.
contact-dire-hotline-nj-about = No se encontró ningún número de teléfono para esta línea de ayuda. Línea de ayuda de voluntarios en el centro de Nueva Jersey para emergencias de inmigración. Envían un equipo de respuesta rápida y apoyan a familias que enfrentan la detención.
contact-gain-georgia-about = Ayuda legal de inmigración gratis en Georgia para personas que piden asilo, sobrevivientes de delitos o de trata, y personas evacuadas de Afganistán.
contact-advancing-justice-atlanta-about = Ayuda legal de inmigración gratis y de bajo costo para comunidades asiático-americanas, de las islas del Pacífico, árabes, musulmanas y del sur de Asia en Georgia y el sureste del país.
contact-glahr-georgia-about = Grupo latino de derechos en Atlanta. Su equipo de respuesta rápida registra los arrestos de ICE y enseña a las personas sus derechos bajo la Constitución.
contact-colorado-rapid-response-network-about = Línea de ayuda las 24 horas para reportar la actividad de ICE en Colorado y el sur de Wyoming. Marque 1 para hablar con un operador que envía voluntarios, o 2 para reportar un encuentro que ya pasó.
contact-circ-colorado-about = Grupo de derechos de los inmigrantes en Colorado. Su equipo registra los encuentros con ICE y refiere a las personas a ayuda legal.
contact-puente-arizona-hotline-about = Llame para reportar la actividad de ICE o de la Patrulla Fronteriza en el área de Phoenix. Verifican los reportes, envían equipos para explicar los derechos y registrar arrestos, y mandan alertas por mensaje de texto.
contact-tucson-community-rapid-response-about = Línea de ayuda las 24 horas en Tucson para personas que enfrentan un arresto de la policía o de agentes de inmigración. Envían observadores y acompañan a familias y personas a la corte de inmigración.
contact-florence-project-arizona-about = Servicios legales y sociales gratis para adultos y niños solos en detención de inmigración en Arizona que enfrentan la deportación.
contact-nevada-immigrant-coalition-about = Coalición de grupos de derechos de los inmigrantes en Nevada. Siguen y confirman la actividad de ICE y defienden a las familias inmigrantes.
contact-unlv-immigration-clinic-about = Consultas gratis y defensa contra la deportación para adultos en detención y niños solos en el sur de Nevada. Oficina en el centro de Las Vegas.
contact-casa-maryland-about = Llame para reportar posible actividad de ICE o de CBP, y ellos la verifican. Ayuda con la ciudadanía y ayuda legal en centros de bienvenida en todo Maryland.
contact-maryland-immigrant-legal-assistance-project-about = Consultas de inmigración gratis para niños y familias con casos de deportación, en la corte de inmigración de Baltimore y en clínicas los sábados en todo Maryland.
contact-legal-aid-justice-center-virginia-about = Ayuda legal en Virginia que lucha contra la detención de inmigrantes y la deportación, también para inmigrantes entregados a ICE. Ayudan a llevar la línea Rapid Response to Raids en el norte de Virginia.
contact-ciri-connecticut-about = Ayuda legal de inmigración a precio accesible en Connecticut, como asilo, permisos de trabajo y defensa contra la deportación. También ayudan a refugiados a establecerse aquí.
contact-unidad-latina-en-accion-ct-about = No se encontró ningún número de teléfono para esta línea de ayuda. Línea de ayuda las 24 horas, en español y en inglés, en New Haven. Verifican redadas de ICE y llaman a miembros de la comunidad, líderes religiosos y abogados en todo Connecticut.
contact-able-ohio-immigration-about = Ayuda legal de inmigración gratis para inmigrantes y refugiados de bajos ingresos en el noroeste y el centro-oeste de Ohio. Defensa contra la deportación para personas que viven en Columbus.
contact-tirrc-tennessee-about = Línea de ayuda en Tennessee para familias con un ser querido detenido por agentes de inmigración. Los refieren a abogados y comparten información para conocer sus derechos.
contact-nm-immigrant-law-center-about = Ayuda legal de inmigración en Albuquerque. Explican sus derechos y qué hacer si ICE arresta a un familiar.
contact-cair-coalition-dc-about = Ayuda legal para inmigrantes en detención, adultos y niños solos, de Washington D. C., Maryland y Virginia.
contact-migrant-solidarity-mutual-aid-dc-about = Llame para reportar acciones de los agentes de inmigración en Washington D. C. También publican noticias sobre la actividad de la policía y otras autoridades en todo Washington D. C.
contact-ayuda-legal-puerto-rico-about = Ayuda legal gratis por teléfono para inmigrantes en Puerto Rico, también para la comunidad dominicana de Barrio Obrero.
contact-st-louis-rapid-response-line-about = Llame para reportar la actividad de ICE en el área de San Luis. Voluntarios verifican los reportes, y abogados de inmigración de guardia dan asesoría legal.

# Added 2026-12-01, second pass (the places that had none).
contact-maine-ice-watch-hotline-about = Línea en todo el estado para reportar y verificar la actividad de ICE o de la Patrulla Fronteriza. Lo ponen en contacto con apoyo.
contact-ilap-maine-about = Ayuda legal de inmigración gratis y de bajo costo para residentes de Maine de bajos ingresos, como asilo y defensa contra la deportación.
contact-vaap-vermont-about = Ayuda legal de inmigración gratis para personas que piden asilo y personas en detención en Vermont. También siguen la actividad de ICE.
contact-migrant-justice-vermont-about = Grupo dirigido por trabajadores del campo. Capacitación para conocer sus derechos, acompañamiento y una red de respuesta rápida en todo el estado.
contact-the-legal-clinic-hawaii-about = Servicios legales de inmigración gratis para inmigrantes de bajos ingresos en Hawái, también para migrantes COFA.
contact-uh-refugee-immigration-law-clinic-about = Clínica de una facultad de derecho que ayuda a personas que piden asilo y a personas detenidas por ICE. Tiene una línea de ayuda de defensa contra la deportación.
contact-exodus-refugee-immigration-indiana-about = Ayuda a refugiados, personas que piden asilo y otros inmigrantes por razones humanitarias en el centro de Indiana a establecerse y a entender el sistema de inmigración.
contact-indiana-aid-detention-about = Voluntarios que visitan y apoyan a personas detenidas por ICE en cárceles de Indiana, y comparten recursos.
contact-iowa-mmj-about = Grupo de derechos de los inmigrantes en todo Iowa. Ayuda legal de inmigración gratis o de bajo costo en clínicas de todo el estado.
contact-holy-cross-ministries-utah-about = Ayuda legal de inmigración gratis o de bajo costo, ayuda con la ciudadanía y sesiones para conocer sus derechos, para familias de Utah.
contact-airr-kansas-missouri-about = Grupo de Kansas City que ayuda a conocer sus derechos, da respuesta rápida ante ICE y refiere a abogados.
contact-la-aid-louisiana-about = Voluntarios que apoyan a personas en detención de ICE en Luisiana y les ayudan después de salir de la detención.
contact-catholic-charities-new-orleans-immigration-about = Servicios legales de inmigración acreditados y de bajo costo, y ayuda con la ciudadanía, en el área de Nueva Orleans.
contact-mira-mississippi-about = Grupo de derechos de los inmigrantes en todo Misisipi. Capacitaciones para conocer sus derechos, un proyecto legal y respuesta a redadas.
contact-catholic-charities-arkansas-immigration-about = Asesoría de inmigración de bajo costo y ayuda para conocer sus derechos, en las oficinas de Catholic Charities en Little Rock y Springdale.
contact-aclu-arkansas-ice-report-about = Formulario en línea para reportar actividad preocupante de ICE o violaciones de sus derechos en Arkansas.
contact-helping-neighbors-lnk-about = Organizaciones sin fines de lucro de Lincoln que verifican los reportes de actividad de ICE y guían a las familias cuando detienen a alguien.
contact-la-esperanza-delaware-about = Asesoría de inmigración gratis, ayuda con la ciudadanía y tarjetas para conocer sus derechos, para familias latinas e inmigrantes del condado de Sussex.
contact-aire-northwest-arkansas-about = No se encontró ningún número de teléfono para esta línea de ayuda. Grupo de voluntarios del noroeste de Arkansas. Comparten información sobre los derechos y tienen una línea para reportar si ve a ICE.
contact-aclu-idaho-immigrant-rights-about = Orientación para conocer sus derechos para inmigrantes en Idaho, tarjetas rojas y una guía para prepararse para emergencias.
contact-sd-voices-for-peace-about = Ayuda legal de inmigración gratis para niños en la corte de inmigración y para sobrevivientes de delitos. Recursos para conocer sus derechos.
contact-bienvenidos-gallatin-valley-about = Organización sin fines de lucro de Bozeman que da la bienvenida a familias de habla hispana y les ayuda a encontrar a familiares detenidos por agentes de inmigración.
contact-mija-montana-about = Grupo de todo el estado que enseña a los inmigrantes sus derechos y ofrece ayuda legal.
contact-und-immigration-law-clinic-about = Clínica de una facultad de derecho con servicios legales de inmigración de bajo costo, como casos de asilo y de VAWA.
contact-ywca-tulsa-immigration-legal-about = Equipo de servicios legales de la YWCA de Tulsa. Ayuda a inmigrantes con asuntos de inmigración y da información para conocer sus derechos.
contact-new-sanctuary-network-tulsa-about = Red de fe en Tulsa que apoya a personas sin documentos y se opone a las deportaciones.
contact-wvu-immigration-law-clinic-about = Ayuda legal de inmigración gratis de estudiantes de derecho supervisados, también en casos de deportación y de asilo.
contact-aclu-west-virginia-immigrants-about = Materiales en inglés y en español para conocer sus derechos, para inmigrantes que enfrentan a ICE en Virginia Occidental.
contact-charleston-immigrant-hotline-about = No se encontró ningún número de teléfono para esta línea de ayuda. Línea de voluntarios que recibe llamadas y mensajes de texto sobre posible actividad de ICE en Charleston, y verifica los reportes.
contact-lsc-new-americans-immigration-sc-about = Ayuda legal de inmigración gratis y de bajo costo para refugiados e inmigrantes que son clientes de Lutheran Services Carolinas.
contact-acij-alabama-about = Coalición de derechos de los inmigrantes en todo Alabama. Responde a las detenciones de ICE y pone a las familias en contacto con ayuda.
contact-hica-alabama-about = Clínica legal de inmigración de bajo costo, y ayuda con la ciudadanía y con DACA, para familias latinas e inmigrantes en Alabama.
contact-kentucky-refugee-ministries-about = Servicios para refugiados e inmigrantes, con oficinas legales de inmigración en Louisville y Lexington para la ciudadanía y la residencia.
contact-neighbors-immigration-clinic-ky-about = Organización sin fines de lucro de Lexington que da representación legal a inmigrantes, sobre todo defensa contra la deportación y asilo.
contact-alaska-institute-for-justice-about = Organización sin fines de lucro de todo Alaska con ayuda legal de inmigración gratis y de bajo costo, también para personas que enfrentan la deportación.
contact-immigrant-legal-center-nebraska-about = Bufete de abogados de inmigración sin fines de lucro para inmigrantes de bajos ingresos en Nebraska. Tiene un plan de respuesta rápida ante redadas.
contact-ohio-immigrant-alliance-about = Grupo de todo el estado que sigue las detenciones de ICE en Ohio y apoya a las personas detenidas y a sus familias.
contact-nh-alliance-immigrants-refugees-about = Grupo de defensa de los inmigrantes en Nuevo Hampshire. Apoya a las familias ante las nuevas leyes del estado sobre la cooperación con ICE.
contact-el-centro-igualdad-derechos-nm-about = Grupo de derechos de los inmigrantes en Albuquerque. Talleres para conocer sus derechos y organización comunitaria.
contact-vecindarios-901-memphis-about = No se encontró ningún número de teléfono para esta línea de ayuda. Red de voluntarios de respuesta rápida en Memphis, con una línea de ayuda para reportar y verificar acciones de los agentes de inmigración.
contact-comunidades-unidas-utah-about = Grupo de derechos de latinos e inmigrantes en Utah, con una clínica de inmigración, recursos de defensa contra la deportación y eventos para conocer sus derechos.

# Added 2026-12-07 (the contacts review's gaps: Oregon legal help, Chinese-language help, bond funds, Philadelphia).
contact-equity-corps-oregon-about = Abogados de inmigración gratis, y ayuda con las tarifas de los trámites, para personas de bajos ingresos en Oregón que corren riesgo de deportación o necesitan ayuda con un caso de inmigración. Llame al centro de llamadas estatal para inscribirse.
contact-ajsocal-chinese-about = Línea de ayuda legal en chino (mandarín y cantonés) en el sur de California. Asesoría legal gratis o de bajo costo, también sobre inmigración y ciudadanía.
contact-caa-san-francisco-about = Grupo de derechos civiles de San Francisco para personas de origen chino y de otros orígenes asiáticos en EE. UU. El Departamento de Justicia de EE. UU. lo autorizó a dar ayuda legal de inmigración limitada. Deje un mensaje en su buzón de voz para preguntas legales de inmigración.
contact-legal-aid-society-of-cleveland-mandarin-about = Línea en mandarín para pedir ayuda legal gratis a The Legal Aid Society of Cleveland, en el noreste de Ohio, también en casos de inmigración.
contact-legal-aid-society-of-cleveland-spanish-about = Línea en español para pedir ayuda legal gratis a The Legal Aid Society of Cleveland, en el noreste de Ohio, también en casos de inmigración.
contact-legal-aid-society-of-cleveland-vietnamese-about = Línea en vietnamita para pedir ayuda legal gratis a The Legal Aid Society of Cleveland, en el noreste de Ohio, también en casos de inmigración.
contact-legal-services-nyc-about = Ayuda legal gratis en la Ciudad de Nueva York, también sobre estatus migratorio, asilo y protección para víctimas de delitos o de violencia doméstica. Llame de lunes a viernes.
contact-advocates-for-human-rights-about = Ayuda legal gratis para personas en detención de inmigración en Minnesota, Dakota del Norte y Dakota del Sur: pedir la liberación con fianza o con permiso (parole), y solicitar asilo. Desde cualquier centro de detención de Minnesota, la llamada a esta línea es gratis.
contact-minnesota-freedom-fund-about = Fondo de Minnesota que paga la fianza de inmigración de personas detenidas por ICE que no pueden pagarla, y fianzas en casos penales.
contact-lehigh-valley-rapid-response-about = Línea de voluntarios para reportar la actividad de ICE u otras emergencias de inmigración en el valle de Lehigh, Pensilvania. Quienes contestan hablan español e inglés y envían a voluntarios capacitados.
contact-new-sanctuary-movement-philadelphia-about = Grupo interreligioso por los derechos de los inmigrantes en Filadelfia. Sus congregaciones acompañan a familias que enfrentan la deportación y han dado santuario. Su Fondo Comunitario ayuda con fianzas y gastos legales.
contact-juntos-philadelphia-about = Grupo comunitario de inmigrantes latinos en el sur de Filadelfia. Enseñan a la gente sus derechos y qué hacer si ICE llega a su puerta.

## De dónde se publicó el número o la página web de un contacto (después del nombre de quien lo publicó)
punctuation-source = { $source }, { $kind }
source-kind-organisation-site = la página web de la organización
source-kind-organisation-documents = documentos de la organización
source-kind-news = una noticia
source-kind-press-release = un comunicado de prensa
source-kind-city-service = un servicio de información de la ciudad
source-kind-secondary = una página que repite el dato de otra fuente
source-kind-directory-only = una lista de recursos de otro grupo, la única página encontrada que muestra este número (las páginas de la propia organización no lo muestran)

## Agregado después de las primeras traducciones
contact-local-short = Agregado por este centro
keys-search = En "Buscar ayuda", escriba para buscar. Esc borra la búsqueda. Tab lo lleva a las opciones Lugar y Tipo.
keys-use-f-keys = Cuando las letras se escriben en una búsqueda, use las teclas F de arriba.
contact-statewide-legal-services-ct-about = Línea gratuita de ayuda legal en Connecticut para personas de bajos ingresos. New Haven Legal Assistance (nhlegal.org) dice que puede ayudar a personas indocumentadas y que no reporta el estatus migratorio a la policía ni a ninguna otra autoridad. Su página dice que las personas indocumentadas deben contactar directamente a New Haven Legal Assistance.
contact-legal-aid-society-of-cleveland-about = Ayuda legal gratis en el noreste de Ohio, también en casos de inmigración. Con intérprete si lo pide.
contact-legal-services-vermont-helpline-about = Línea de ayuda legal gratis en Vermont. Pregunte si pueden ayudar con un caso de inmigración.
contact-legal-aid-of-nebraska-accessline-about = Ayuda legal gratis en Nebraska, con personal que habla español. Pregunte si pueden ayudar con un caso de inmigración.
