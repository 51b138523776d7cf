# Sanctuary & support: the forms sanctuary takes, what it asks, our values.

## Topic: forms
topic-forms-title = Cómo es el santuario hoy
topic-forms-summary = Cuatro maneras en que congregaciones y vecinos apoyan a los inmigrantes.
sanctuary-physical = Santuario físico: una congregación deja que una persona viva en su edificio. Es para una persona con una orden final de deportación, en una emergencia, cuando ya usó todas las opciones legales. Otras congregaciones ayudan con comida, cuidado y defensa.
sanctuary-no-place = Desde enero de 2025, ningún lugar está fuera del alcance de ICE: ni las escuelas, ni los hospitales, ni las clínicas, ni los lugares de culto, ni los albergues. En junio de 2026, una corte federal anuló las políticas de ICE de 2025 sobre arrestos en las cortes de inmigración, pero esto puede cambiar en una apelación.
sanctuary-court-order = Una decisión de una corte, de febrero de 2025, protege solo a unas pocas congregaciones: las que nombra.
sanctuary-no-promise = El santuario es apoyo: un acto público de cuidado. No es una promesa de seguridad.
sanctuary-accompaniment = Acompañamiento: voluntarios capacitados van con la persona a la corte y a sus citas con ICE. También ayudan a las familias cuando alguien sale de la detención, con transporte, vivienda y servicios.
sanctuary-advocacy = Defensa: la gente pide a su ciudad, condado y estado reglas que mantengan a la policía local separada de ICE.
sanctuary-rapid-response = Respuesta rápida: una red de vecinos que llega pronto después de una redada o un arresto, para ser testigos y apoyar a la familia.
sanctuary-reach = Para encontrar una congregación santuario o una red de acompañamiento cerca de usted, vea "Buscar ayuda".

## Topic: asks
topic-asks-title = Lo que pide el santuario
topic-asks-summary = Lo que cada forma de santuario pide a una persona y a una congregación.
asks-physical-person = El santuario físico pide a una persona vivir en el edificio de la congregación, bajo su cuidado.
asks-physical-congregation = Pide a una congregación decidir en conjunto, y dar hospitalidad, protección y defensa, con ayuda de otras congregaciones.
asks-not-ready = Una congregación que no está lista para recibir a alguien puede ayudar igual: con hospitalidad, apoyo espiritual y defensa de la persona en santuario.
asks-accompaniment = El acompañamiento pide a los voluntarios capacitarse y luego dar su tiempo: ir a la corte y a las citas con ICE, dar transporte y ayudar después de la salida de detención.
asks-rapid-response = La respuesta rápida pide a los vecinos estar listos para llegar pronto, y unirse a las comunidades que corren más riesgo.

## Topic: values
topic-values-title = Cinco libertades
topic-values-summary = Lo que deseamos: una vida con dignidad, seguridad y pertenencia para todos.
values-dignity = Toda persona tiene dignidad y valor, tenga o no tenga papeles.
values-thrive = Libertad para prosperar: decidir sobre su propia vida, su familia y su futuro.
values-stay = Libertad para quedarse: pertenecer al lugar que llama hogar.
values-move = Libertad para moverse: viajar y ser bienvenido.
values-work = Libertad para trabajar: un trabajo seguro, justo y digno.
values-transform = Libertad para transformarse: ser tratado como una persona completa.
