# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).
# Steps that carry a date rest on a policy that changes: keep the date in
# every language.

## Steps used in several topics (one sentence, the same everywhere)
say-free-to-go = ¿Me puedo ir?
say-silent = Elijo guardar silencio.
say-no-search = No doy mi consentimiento para un registro.
say-lawyer = Quiero hablar con un abogado.
dont-lie = No mienta. Nunca muestre documentos falsos.
dont-sign = No firme nada antes de hablar con un abogado.
dont-run = No corra y no se resista.
proof-two-years = Lleve copias, nunca los originales, de papeles que muestren que ha vivido en EE. UU. por dos años o más: un contrato de alquiler, recibos de luz o de agua, talones de pago, papeles de la escuela o del médico.

## Documents to carry, since the registration rule (street, car, work)
carry-registered = La ley dice que las personas que no son ciudadanas de EE. UU., tienen 18 años o más y están registradas con el gobierno deben llevar consigo, en todo momento, la prueba de que están registradas. Desde el 11 de abril de 2025, el gobierno hace cumplir esta ley con una regla nueva. No llevar esa prueba es un delito.
carry-who = Usted está registrado si tiene, por ejemplo, una green card, un permiso de trabajo, un I-94 o una Notificación de Comparecencia ("Notice to Appear"). El I-94 cuenta aunque esté vencido, y también cuenta el I-94 que reciben las personas con permiso de permanencia temporal ("parole"). Si solo ha solicitado asilo, TPS o DACA, eso puede no ser suficiente: pregunte a un abogado.
carry-proof = Si tiene esa prueba, llévela con usted.
carry-show = Si usted no es ciudadano de EE. UU. y un agente de inmigración le pide sus documentos de inmigración, muéstrele los que lleva con usted.
carry-no-foreign = Si no tiene esa prueba, no lleve documentos de otro país, como un pasaporte extranjero.
carry-never-registered = Si nunca se ha registrado, hable con un abogado antes de decidir si se registra o no. Las dos cosas pueden ser riesgosas. A algunas personas las han acusado de un delito por no registrarse.
carry-silent = Usted sigue teniendo derecho a guardar silencio sobre dónde nació, sobre su estatus migratorio y sobre cómo entró al país. En la frontera y en los aeropuertos hay otras reglas. También hay otras reglas para los visitantes, como los turistas.
carry-citizens = Si usted es ciudadano de EE. UU., no tiene que llevar una prueba de su ciudadanía. Pero los agentes han detenido a ciudadanos de EE. UU., así que tal vez quiera llevarla.

## Stops on the street, in a car, at work (since September 2025)
stops-profiling = En septiembre de 2025, la Corte Suprema permitió que los agentes en el área de Los Ángeles paren a personas por una mezcla de estas cosas: su apariencia, el idioma que hablan, el lugar (un lavado de carros, una parada de autobús, un lugar donde los jornaleros buscan trabajo) y su trabajo. Lo permitió mientras sigue un caso en la corte.
stops-leaving = En enero de 2026, ICE les dijo a sus agentes que pueden arrestar a una persona sin una orden de arresto si creen que la persona está en EE. UU. de forma ilegal y que puede irse antes de que se pueda conseguir una orden de arresto. Las cortes en Oregón, Colorado y Washington D. C. han limitado esto. Si usted corre o se va en carro, pueden usar eso como razón para arrestarlo.
stops-local-police = En muchos lugares, la policía local y los alguaciles (sheriffs) trabajan con ICE (un acuerdo "287(g)"). Para febrero de 2026, más de 1000 departamentos de policía y oficinas de alguaciles tenían oficiales capacitados para trabajar con ICE. Si la policía local lo para, aunque sea por una multa de tránsito, usted puede terminar en manos de ICE.

## Removal to another country (arrest and final-order topics)
third-country = Desde junio de 2025, si el país de una persona no la recibe de vuelta, ICE puede enviarla a otro país, un país donde nunca ha vivido. En julio de 2025, enviaron a hombres de Laos y Vietnam a Eswatini, en África.
third-country-fear = Si ICE dice que lo va a enviar a otro país, diga de inmediato que tiene miedo de que le hagan daño allí. Luego llame a su abogado.
third-country-say = Tengo miedo de que me hagan daño en ese país.
third-country-protected = Desde febrero de 2025, ICE les ha dicho a sus oficiales que consideren volver a detener, en sus citas con ICE, a personas que ganaron "withholding of removal" o la protección de la Convención contra la Tortura (CAT), para enviarlas a otro país.

## Topic: door
topic-door-title = ICE en su puerta
topic-door-summary = Mantenga la puerta cerrada. Diga "No doy mi consentimiento". Hable con un abogado.
door-dont-open = No abra la puerta.
door-talk-through = Hable con la puerta cerrada. Pregunte quiénes son y por qué vinieron.
door-judge-warrant = No tiene que abrir la puerta, a menos que tengan una orden judicial firmada por un juez con el nombre de una persona que vive aquí o con esta dirección.
door-say-slide-warrant = Por favor, pase la orden por debajo de la puerta, o muéstrela en la ventana.
door-check-warrant = Lea la orden que le muestran, o pida a alguien que se la lea. Busque el nombre de una corte federal o estatal, la firma de un juez, y su nombre o su dirección.
door-not-immigration-judge = Un papel de la corte de inmigración, firmado por un juez de inmigración, no es una orden judicial firmada por un juez. Solo un juez de una corte federal o estatal firma una orden judicial.
door-ice-warrant = Una orden de ICE (formulario I-200 o I-205) la firma un oficial de inmigración, no un juez. Los abogados dicen que no les permite a los agentes entrar sin su consentimiento.
door-i205-claim = Desde mayo de 2025, ICE dice que una orden I-205 de ICE permite a los agentes entrar a la fuerza en la casa de una persona con una orden final de deportación. Los abogados dicen que esto va contra la Constitución, y lo están disputando en la corte. Los agentes ya lo hacen.
door-say-no-consent = No doy mi consentimiento para que entren ni para un registro.
door-tricks = A veces los agentes dicen que son "la policía", o dan otra razón para entrar. Mantenga la puerta cerrada.
door-forced = Si fuerzan la puerta o entran de todos modos, no se resista y no corra.
door-stay-silent = Guarde silencio. No tiene que contestar sus preguntas.
door-write-down = Después, escriba lo que pasó: la hora, los nombres de los oficiales y sus números de placa, y quién lo vio.
door-final-order = Si usted o alguien que vive con usted tiene una orden final de deportación, o si no está seguro, hable con un abogado ahora. No espere a que llegue ICE.
door-get-help = Llame a un abogado o a una línea de respuesta rápida. Vea "Buscar ayuda".

## Topic: street
topic-street-title = Si lo paran en la calle
topic-street-summary = Mantenga la calma. Guarde silencio. Pregunte: "¿Me puedo ir?"
street-silent = Usted tiene derecho a guardar silencio. No tiene que decir dónde nació, cuál es su estatus migratorio ni cómo entró al país.
street-walk-away = Si el oficial dice que sí, aléjese con calma.
street-detained = Si el oficial dice que no, mantenga la calma. Guarde silencio y pida un abogado.
street-search = No tiene que aceptar un registro de su persona ni de sus cosas. Un oficial puede palpar su ropa para buscar armas.
street-dont-run = No corra. No se resista ni toque a un oficial, aunque crea que están violando sus derechos.
street-name = En algunos estados usted debe dar su nombre si la policía lo para. Depende de su estado.
street-badge = Pida el nombre y el número de placa del oficial. Escríbalos después.
street-record = Por lo general puede grabar en video a los oficiales en público, desde lejos, si no se mete en su trabajo. Las reglas para grabar sonido son distintas en cada estado.
record-safety = Desde 2025, los agentes han arrestado a personas que los estaban grabando en video. Manténgase a distancia. No toque a un oficial. No siga a los agentes ni a sus carros.

## Topic: car
topic-car-title = Si lo paran en un carro
topic-car-summary = Quien maneja muestra su licencia, el registro y el seguro. Los pasajeros pueden guardar silencio.
car-driver = Si usted maneja, muestre su licencia de manejar, el registro del carro y la prueba de seguro cuando se los pidan.
car-search = No tiene que aceptar un registro del carro. La policía que tiene una razón fuerte para creer que encontrará pruebas ("probable cause") puede registrarlo de todos modos.
car-passenger-silent = Si usted es pasajero, puede guardar silencio. No tiene que decir dónde nació, cuál es su estatus migratorio ni cómo entró al país.

## Topic: work
topic-work-title = ICE en su trabajo
topic-work-summary = Mantenga la calma. No corra. Guarde silencio.
work-warrant = Los agentes solo pueden entrar a las áreas que no están abiertas al público con una orden judicial firmada por un juez, o si su empleador lo permite.
work-dont-run = No corra. Mantenga la calma.
work-silent = Guarde silencio. Pida un abogado.

## Topic: detained
topic-detained-title = Si lo arrestan
topic-detained-summary = Guarde silencio. Pida un abogado. No firme nada.
detained-dont-sign = No firme nada antes de hablar con un abogado. Tenga mucho cuidado con papeles de salida voluntaria ("voluntary departure") o de deportación estipulada ("stipulated removal").
detained-interpreter = Si no entiende, pida un intérprete.
detained-consulate = Puede pedir comunicarse con el consulado de su país.
detained-tell = Diga a los oficiales si cuida a niños, si tiene una condición médica, o si tiene miedo de regresar a su país.
detained-expedited = A algunas personas las puede deportar rápido un oficial, sin un juez (deportación acelerada, "expedited removal"). Vea "Deportación acelerada" en "Conozca sus derechos".
detained-no-free-lawyer = En la corte de inmigración, el gobierno no le da un abogado gratis. Organizaciones sin fines de lucro y representantes acreditados por el DOJ pueden ayudarle gratis o por poco dinero.
detained-locator = Su familia puede encontrarlo con el ICE Online Detainee Locator, el buscador de detenidos de ICE en internet. Necesitan su número A ("A-number") y su país de nacimiento.
detained-a-number = Escriba hoy su número A y déselo a su familia, antes de que pase algo.
detained-bond = Desde septiembre de 2025, muchas personas arrestadas por ICE quedan detenidas sin fianza. Llame a un abogado de inmediato. Vea "Fianza y liberación" en "Conozca sus derechos".

## Topic: bond
topic-bond-title = Fianza y liberación
topic-bond-summary = Desde septiembre de 2025, muchas personas arrestadas por ICE quedan detenidas sin fianza. Llame a un abogado de inmediato.
bond-what = La fianza es dinero que se paga para que una persona detenida por ICE pueda irse a su casa mientras sigue su caso.
bond-no-bond = Desde septiembre de 2025, el gobierno dice que las personas que entraron a EE. UU. sin inspección no pueden recibir fianza, sin importar cuánto tiempo lleven viviendo aquí. Algunos jueces de inmigración todavía se niegan a dar audiencias de fianza. Por eso, a usted lo pueden mantener detenido sin fianza.
bond-courts-split = Las cortes federales no están de acuerdo sobre esto. Que una persona tenga o no una audiencia de fianza depende de dónde la tienen detenida. En junio de 2026, el gobierno le pidió a la Corte Suprema que decida.
bond-ninety-days = En julio de 2026, la corte de apelaciones para Texas, Luisiana y Misisipi decidió que una persona detenida allí debe tener una audiencia de fianza en 90 días o menos. Esto puede cambiar.
bond-call-lawyer = Llame a un abogado de inmediato. No espere a una audiencia de fianza.
bond-habeas = Un abogado puede pedir a una corte federal que ordene que lo liberen o que le den una audiencia de fianza ("habeas corpus"). En 2026, jueces federales aceptaron muchas de estas peticiones.
bond-transfer = ICE puede trasladar a una persona a un centro de detención en otro estado, muchas veces lejos. Esto puede cambiar la posibilidad de que la liberen.
bond-family = Su familia debe guardar el número de teléfono de su abogado y su número A.

## Topic: court
topic-court-title = Citas con ICE y la corte
topic-court-summary = Siempre vaya. No vaya solo. Hable antes con un abogado.
court-never-miss = Siempre vaya a su audiencia, a tiempo. Si falta, el juez puede ordenar su deportación sin que usted esté.
court-arrests = Desde mayo de 2025, ICE ha arrestado a personas en las cortes de inmigración de todo el país. Muchas veces, primero el abogado del gobierno le pedía al juez que cerrara (desestimara) el caso. Luego los agentes arrestaban a la persona para una deportación acelerada ("expedited removal").
court-ruling = El 23 de junio de 2026, una corte federal anuló, para todo el país, las políticas de ICE de 2025 sobre arrestos en las cortes de inmigración. Esto puede cambiar en una apelación. La decisión no cubre las oficinas de ICE donde la gente va a sus citas. En esas oficinas, ICE ha arrestado a personas.
court-status-ended = Si su TPS o su permiso de permanencia temporal ("parole") terminó, vea a un abogado antes de su audiencia o de su cita con ICE. Lo pueden mantener detenido sin fianza. Vea "Fin del TPS o del parole" en "Conozca sus derechos".
court-lawyer-first = Hable con un abogado antes de su audiencia o de su cita con ICE.
court-go-with = Vaya con su abogado si puede, con un voluntario de acompañamiento, y con alguien que sepa su número A.
court-tell-family = Dígale a un familiar adónde va, y cuándo va a regresar.
court-dismiss = Si el abogado del gobierno le pide al juez que cierre (desestime) su caso, usted puede pedirle al juez tiempo para responder por escrito.
court-say-time = Pido tiempo para responder por escrito a la moción para desestimar el caso.
court-missed = Si faltó a una audiencia, vea a un abogado de inmediato. Si le dieron una orden de deportación cuando usted no estaba, a veces se puede reabrir el caso.
court-appeal = Si el juez de inmigración decide en su contra, tiene 30 días para apelar ante la Junta de Apelaciones de Inmigración (Board of Immigration Appeals).

## Topic: expedited
topic-expedited-title = Deportación acelerada
topic-expedited-summary = Deportación acelerada ("expedited removal"): qué es y cómo prepararse.
expedited-what = La deportación acelerada ("expedited removal") es una deportación rápida. La ordena un oficial de inmigración, sin un juez.
expedited-who = Se puede usar contra personas que entraron sin inspección y no pueden probar que han estado en EE. UU. por dos años o más.
expedited-where = Desde enero de 2025, ICE la usa en cualquier lugar de EE. UU., no solo cerca de la frontera. Una corte lo detuvo en agosto de 2025. Una corte de apelaciones dejó que ICE la usara otra vez el 23 de junio de 2026.
expedited-fear = Si tiene miedo de regresar a su país, dígalo claramente, de inmediato.
expedited-say-fear = Tengo miedo de regresar a mi país.
expedited-parole = Si entró con un permiso de permanencia temporal ("parole") y ese permiso terminó, vea a un abogado ahora. Lo pueden mantener detenido sin fianza.
expedited-lawyer = Pregunte a un abogado si le podrían aplicar la deportación acelerada.

## Topic: final-order
topic-final-order-title = Orden final de deportación o condena antigua
topic-final-order-summary = Para antiguos refugiados de Camboya, Laos y Vietnam, y para cualquier persona con una orden final de deportación.
final-order-who = Unas 15 mil personas del sudeste asiático que viven en EE. UU. tienen una orden final de deportación. Muchas llegaron como refugiados y perdieron su green card por una condena antigua.
final-order-supervision = Muchas viven por años con una orden de supervisión ("order of supervision") y van a citas con ICE.
final-order-i205 = Desde mayo de 2025, ICE dice que una orden I-205 de ICE permite a los agentes entrar a la fuerza en la casa de una persona con una orden final de deportación. Los abogados lo están disputando en la corte. Aun así: no abra la puerta, y diga "No doy mi consentimiento".
final-order-travel = Camboya y Vietnam reciben a personas deportadas de EE. UU. Desde 2025, Laos le da a ICE muchos más documentos de viaje que antes.
final-order-lawyer = Hable con un abogado antes de su próxima cita con ICE.
final-order-accompany = Vaya a sus citas con ICE con un voluntario de acompañamiento.
final-order-family = Dígale a su familia cuándo va a una cita con ICE, y cuándo va a regresar.
final-order-papers = Dele una copia de su orden de supervisión y su número A a una persona de confianza.
final-order-relief = Pregunte a un abogado qué maneras hay de quedarse: cambiar o borrar una condena antigua ("post-conviction relief"), un indulto ("pardon"), o reabrir su caso con una moción para reabrir ("motion to reopen").
final-order-long-detention = Si ICE lo detiene por mucho tiempo, muchas veces más de seis meses, y su país no lo recibe, un abogado tal vez pueda pedir que lo liberen.
final-order-help = Para recibir ayuda: las guías de recursos de SEARAC, MN8, el Asian Law Caucus, y las líneas de ayuda legal en jemer y en vietnamita. Vea "Buscar ayuda".

## Topic: status (TPS or parole that ended; leaving the U.S.)
topic-status-title = Fin del TPS o del parole
topic-status-summary = Vea a un abogado ahora. No salga de EE. UU. ni use la aplicación CBP Home antes de hablar con uno.
status-tps = Desde 2025, el gobierno ha dado pasos para terminar el TPS para personas de muchos países, entre ellos Venezuela, Honduras, Nicaragua, Nepal, Haití, Siria, Birmania, Sudán del Sur, Camerún y Afganistán. En junio de 2026, la Corte Suprema decidió que, en general, las cortes no pueden frenar estas decisiones.
status-chnv = El permiso de permanencia temporal ("parole") para personas de Cuba, Haití, Nicaragua y Venezuela (el programa "CHNV") terminó en 2025.
status-lawyer = Si su TPS o su permiso de permanencia temporal ("parole") terminó, o va a terminar pronto, vea a un abogado ahora.
status-no-bond = ICE lo puede arrestar y mantenerlo detenido sin fianza.
status-cbp-home = Desde mayo de 2025, el gobierno ofrece dinero a las personas que salen de EE. UU. con la aplicación "CBP Home". Esto no es salida voluntaria ("voluntary departure").
status-cbp-home-lawyer = No use la aplicación CBP Home, y no acepte irse, antes de hablar con un abogado.
status-leave-final-order = Si tiene una orden final de deportación, salir de EE. UU. por lo general cuenta como una deportación. Tal vez no le permitan regresar por muchos años.
status-leave-asylum = Si su caso de asilo sigue abierto, salir de EE. UU. por lo general se considera como abandonar el caso.

## Topic: plan
topic-plan-title = Haga un plan familiar
topic-plan-summary = Prepárese ahora, para que su familia esté lista.
plan-memorise = Apréndase de memoria al menos un número de teléfono: de un familiar, de un abogado o de una línea de ayuda.
plan-caregiver = Decida quién cuidará a sus hijos si a usted lo detienen.
plan-papers = Firme los papeles de cuidador o de tutela que usa su estado. Pregunte a un abogado cuáles.
plan-school = Dígale a la escuela quién puede recoger a sus hijos.
plan-documents = Guarde copias de actas de nacimiento, pasaportes, su número A y papeles de la corte en un lugar seguro. Dígale a una persona de confianza dónde están.
plan-passports = Saque pasaportes de EE. UU. para sus hijos que son ciudadanos.
plan-g28 = Pida a su abogado que firme ahora un formulario G-28. Con este formulario puede actuar rápido por usted.

## Topic: warrants
topic-warrants-title = Tres tipos de papeles
topic-warrants-summary = Solo una orden judicial firmada por un juez de una corte federal o estatal permite a los agentes entrar a su casa sin su consentimiento. Desde mayo de 2025, ICE dice que una orden I-205 de ICE le permite forzar la puerta si hay una orden final de deportación. Los abogados dicen que esto va en contra de la Constitución.
warrants-judicial = Una orden judicial firmada por un juez viene de una corte federal o estatal. Dice el nombre de la corte y tiene la firma de un juez. Revise que tenga su nombre o su dirección.
warrants-judicial-allows = Permite a los agentes entrar al lugar que nombra.
warrants-ice = Una orden de ICE (formulario I-200 o I-205) viene de ICE. La firma un oficial de inmigración, no un juez.
warrants-ice-allows = Los abogados dicen que no permite a los agentes entrar a su casa sin su consentimiento. Pero desde mayo de 2025, ICE dice que una orden I-205 de ICE les permite forzar la puerta de una persona con una orden final de deportación. Esto se está disputando en la corte.
warrants-immigration-court = Un papel de la corte de inmigración lo firma un juez de inmigración. No es una orden judicial firmada por un juez de una corte federal o estatal.
warrants-say = Por favor, pase la orden por debajo de la puerta.
# Labels inside the pictures of the three papers.
warrants-box-judicial = Orden judicial firmada por un juez
warrants-box-ice = Orden de ICE
warrants-box-immigration-court = Orden de la corte de inmigración
warrants-box-court = Nombre de una corte federal o estatal
warrants-box-judge = Firma de un juez federal o estatal
warrants-box-officer = Firma de un oficial de inmigración
warrants-box-immigration-judge = Firma de un juez de inmigración
warrants-box-name = Su nombre o dirección
warrants-box-enter = Permite entrar a los agentes
warrants-box-no-enter = Según los abogados: no permite entrar sin su consentimiento
warrants-box-i205-claim = Desde mayo de 2025, ICE dice que una I-205 le permite forzar la puerta si hay una orden final de deportación
warrants-box-not-judicial = No es una orden judicial firmada por un juez

## Topic: scams
topic-scams-title = Cuidado con las estafas
topic-scams-summary = Solo abogados y representantes acreditados pueden dar asesoría legal.
scams-who = Solo un abogado o un representante acreditado por el DOJ puede darle asesoría legal de inmigración.
scams-notario = En Estados Unidos, un "notario" o "notary public" no es abogado. No le pague por ayuda de inmigración.
scams-find = Para encontrar ayuda legal de verdad, vea "Buscar ayuda".
