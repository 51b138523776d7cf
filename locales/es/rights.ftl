# Know your rights: what to do, step by step.
# Short sentences. One action per step. The same word for the same thing
# everywhere (see glossary.md in this folder).

## Topic: door
topic-door-title = ICE en su puerta
topic-door-summary = Mantenga la puerta cerrada. Usted tiene derechos.
door-dont-open = No abra la puerta.
door-talk-through = Hable con la puerta cerrada. Pregunte quiénes son y por qué vinieron.
door-judge-warrant = No tiene que abrir la puerta, a menos que tengan una orden judicial firmada por un juez con el nombre de una persona que vive aquí o con esta dirección.
door-say-slide-warrant = Por favor, pase la orden por debajo de la puerta, o muéstrela en la ventana.
door-check-warrant = Lea la orden, o pida a alguien que se la lea. Busque el nombre de un tribunal, la firma de un juez, y su nombre o su dirección.
door-ice-warrant = Una orden de ICE (formulario I-200 o I-205) la firma un oficial de inmigración, no un juez. No les permite entrar a su casa sin su consentimiento.
door-tricks = A veces los agentes dicen que son "la policía", o dan otra razón para entrar. Mantenga la puerta cerrada.
door-say-silent = Elijo guardar silencio.
door-dont-lie = No mienta. Nunca muestre papeles falsos.
door-dont-resist = Si entran de todos modos, no se resista y no corra.
door-say-no-consent = No doy mi consentimiento para que entren ni para un registro.
door-dont-sign = No firme nada antes de hablar con un abogado.
door-write-down = Después, escriba lo que pasó: la hora, los nombres de los oficiales y sus números de placa.
door-get-help = Llame a un abogado o a una línea de respuesta rápida. Vea "Buscar ayuda".

## Topic: street
topic-street-title = Si lo paran en la calle
topic-street-summary = Mantenga la calma. Pregunte si puede irse.
street-say-free = ¿Me puedo ir?
street-walk-away = Si el oficial dice que sí, aléjese con calma.
street-detained = Si el oficial dice que no, mantenga la calma y guarde silencio.
street-say-silent = Elijo guardar silencio. Quiero hablar con un abogado.
street-search = No tiene que aceptar un registro de su persona ni de sus cosas. Un oficial puede palpar su ropa para buscar armas.
street-say-no-search = No doy mi consentimiento para un registro.
street-dont-run = No corra. No se resista ni toque a un oficial, aunque crea que están violando sus derechos.
street-dont-lie = No mienta. Nunca muestre papeles falsos.
street-name = En algunos estados usted debe dar su nombre si la policía lo para. Depende de su estado.
street-papers = Papeles: si tiene estatus legal (por ejemplo, una green card) y tiene 18 años o más, lleve consigo la prueba. Si no lo tiene, no lleve papeles de otro país, como un pasaporte extranjero. Pregunte a un abogado qué es lo correcto para usted.
street-badge = Pida el nombre y el número de placa del oficial. Escríbalos después.
street-record = Por lo general puede grabar en video a los oficiales en público, desde lejos, si no se mete en su trabajo. Las reglas para grabar sonido son distintas en cada estado.

## Topic: car
topic-car-title = Si lo paran en un carro
topic-car-summary = Quien maneja muestra sus papeles. Los pasajeros pueden guardar silencio.
car-driver-papers = Si usted maneja, debe mostrar su licencia de manejar, el registro del carro y la prueba de seguro cuando se los pidan.
car-search = No tiene que aceptar un registro del carro. La policía que tiene una razón fuerte para creer que encontrará pruebas ("probable cause") puede registrarlo de todos modos.
car-say-no-search = No doy mi consentimiento para un registro.
car-passenger-silent = Si usted es pasajero, puede guardar silencio.
car-say-free = ¿Me puedo ir?
car-dont-run = No corra y no se resista.
car-dont-lie = No mienta. Nunca muestre papeles falsos.

## Topic: work
topic-work-title = ICE en su trabajo
topic-work-summary = Mantenga la calma. No corra. Guarde silencio.
work-warrant = Los agentes solo pueden entrar a las áreas que no están abiertas al público con una orden judicial firmada por un juez, o si su empleador lo permite.
work-dont-run = No corra. Mantenga la calma.
work-say-free = ¿Me puedo ir?
work-say-no-search = No doy mi consentimiento para un registro.
work-silent = Guarde silencio. Pida un abogado.
work-dont-sign = No firme nada.
work-papers = Si tiene papeles válidos, puede mostrarlos. Nunca muestre papeles falsos.

## Topic: detained
topic-detained-title = Si lo arrestan
topic-detained-summary = Guarde silencio. Pida un abogado. No firme nada.
detained-say-silent = Elijo guardar silencio. Quiero hablar con un abogado.
detained-dont-sign = No firme nada antes de hablar con un abogado. Tenga mucho cuidado con papeles de salida voluntaria ("voluntary departure") o de deportación estipulada ("stipulated removal").
detained-interpreter = Si no entiende, pida un intérprete.
detained-consulate = Puede pedir comunicarse con el consulado de su país.
detained-tell = Diga a los oficiales si cuida a niños, si tiene una condición médica, o si tiene miedo de regresar a su país.
detained-expedited = A algunas personas las pueden deportar rápido, sin ver a un juez (deportación acelerada, "expedited removal"). Puede pasar si usted entró sin inspección y no puede probar que lleva dos años en EE. UU. Estas reglas cambian seguido. Pregunte a un abogado.
detained-no-free-lawyer = En la corte de inmigración, el gobierno no le da un abogado gratis. Organizaciones sin fines de lucro y representantes acreditados por el DOJ pueden ayudarle gratis o por poco dinero.
detained-locator = Su familia puede encontrarlo con el ICE Online Detainee Locator, el buscador de detenidos de ICE en internet. Necesitan su número A ("A-number") y su país de nacimiento.
detained-a-number = Escriba hoy su número A y déselo a su familia, antes de que pase algo.

## Topic: court
topic-court-title = Citas con ICE y la corte
topic-court-summary = Nunca falte a una audiencia. No vaya solo.
court-never-miss = Siempre vaya a su audiencia, a tiempo. Si falta, el juez puede ordenar su deportación sin que usted esté.
court-arrests = A veces arrestan a personas en las citas con ICE y en las cortes, o cerca de ellas.
court-lawyer-first = Hable con un abogado antes de una cita con ICE.
court-accompany = Pida a un voluntario de acompañamiento que vaya con usted. Dígale a un familiar adónde va.
court-appeal = Si el juez de inmigración decide en su contra, tiene 30 días para apelar ante la Junta de Apelaciones de Inmigración (Board of Immigration Appeals).

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
topic-warrants-title = Dos tipos de orden
topic-warrants-summary = Solo una orden judicial firmada por un juez permite a los agentes entrar a su casa sin su consentimiento.
warrants-judicial = Una orden judicial firmada por un juez viene de un tribunal. Dice el nombre del tribunal y tiene la firma de un juez. Revise que tenga su nombre o su dirección.
warrants-judicial-allows = Permite a los agentes entrar al lugar que nombra.
warrants-ice = Una orden de ICE (formulario I-200 o I-205) viene de ICE. La firma un oficial de inmigración, no un juez.
warrants-ice-allows = No permite a los agentes entrar a su casa sin su consentimiento.
warrants-say = Por favor, pase la orden por debajo de la puerta.
# Labels inside the pictures of the two papers.
warrants-box-judicial = Orden judicial firmada por un juez
warrants-box-ice = Orden de ICE
warrants-box-court = Nombre de un tribunal
warrants-box-judge = Firma de un juez
warrants-box-officer = Firma de un oficial de inmigración
warrants-box-name = Su nombre o dirección
warrants-box-enter = Permite entrar a los agentes
warrants-box-no-enter = No permite entrar sin su consentimiento

## Topic: scams
topic-scams-title = Cuidado con las estafas
topic-scams-summary = Solo abogados y representantes acreditados pueden dar asesoría legal.
scams-who = Solo un abogado o un representante acreditado por el DOJ puede darle asesoría legal de inmigración.
scams-notario = En Estados Unidos, un "notario" o "notary public" no es abogado. No le pague por ayuda de inmigración.
scams-find = Para encontrar ayuda legal de verdad, vea "Buscar ayuda".
