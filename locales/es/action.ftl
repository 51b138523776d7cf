# Take action: ways to help, and calling your legislators.

## Topic: ways
topic-ways-title = Maneras de ayudar
topic-ways-summary = Dé su tiempo, apoye a las organizaciones y alce la voz.
action-volunteer = Sea voluntario en una red de acompañamiento o de respuesta rápida. La mayoría da una capacitación primero.
action-support = Apoye a los grupos de la comunidad que sirven a inmigrantes: con su tiempo, dinero o un lugar para reunirse.
action-legal = Apoye los servicios legales gratuitos. Muchas personas enfrentan la corte de inmigración sin abogado.
action-call = Llame a sus legisladores estatales y federales. Dígales quién es usted y qué les pide que hagan.

## Topic: call
topic-call-title = Llame a sus legisladores
topic-call-summary = Cómo encontrarlos, y qué decirles.
call-find = Averigüe quién lo representa: un representante y dos senadores en el Congreso de EE. UU., y sus legisladores estatales. Su dirección decide quiénes son.
call-where = Busque sus nombres en una guía para votantes, en la página web de su ciudad o condado, o pregunte en una biblioteca o un centro comunitario.
call-office = Llame a su oficina. Le contestará una persona del equipo. No tendrá que hablar mucho.
call-script-intro = Diga, con sus propias palabras:
call-script-name = Me llamo ____. Vivo en ____ (ciudad o código postal).
call-script-ask = Llamo para pedirle a ____ (nombre del legislador) que ____ (lo que usted quiere que haga).
call-script-why = Esto me importa porque ____.
call-script-thanks = Gracias. Por favor, dígale a ____ que llamé.
call-again = Vuelva a llamar cuando haya una nueva votación. Pida a sus amigos que llamen también.
