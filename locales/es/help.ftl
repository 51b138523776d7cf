# Find help: how to find legal help you can trust.

## Topic: lawyer
topic-lawyer-title = Un abogado de confianza
topic-lawyer-summary = Quién puede darle asesoría legal, y cómo encontrar ayuda gratis.
help-who-can-advise = Solo un abogado o un representante acreditado por el DOJ puede darle asesoría legal.
help-no-notario = No le pague a un "notario" ni a una agencia de viajes por ayuda de inmigración. No son abogados.
help-no-free-lawyer = En la corte de inmigración, el gobierno no le da un abogado gratis. Algunas organizaciones sin fines de lucro pueden ayudarle gratis o por poco dinero.
help-directory = Para encontrar ayuda legal gratis o de bajo costo por código postal (ZIP), use el directorio de Immigration Advocates Network: immigrationadvocates.org/legaldirectory
help-memorise = Apréndase de memoria el número de teléfono de un abogado o de un familiar.
