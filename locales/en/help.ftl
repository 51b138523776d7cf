# Find help: how to find legal help you can trust.

## Topic: lawyer
topic-lawyer-title = Find a lawyer you can trust
topic-lawyer-summary = Who can give legal advice, and how to find free help.
help-who-can-advise = Only a lawyer or a DOJ-accredited representative may give you legal advice.
help-no-notario = Do not pay a "notario" or a travel agent for immigration help. They are not lawyers.
help-no-free-lawyer = In immigration court, the government does not give you a free lawyer. Nonprofit groups may help for free or for a low cost.
help-directory = To find free or low-cost legal help by ZIP code, use the Immigration Advocates Network directory: immigrationadvocates.org/legaldirectory
help-memorise = Learn by heart the phone number of a lawyer or a family member.
