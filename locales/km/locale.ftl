# About this locale. Every locale folder needs its first three messages.

# The language's name, written in the language itself.
language-name = ខ្មែរ
# "draft" until a community reviewer has checked every text, then "reviewed".
# Keep the value in English: the app reads it.
locale-status = draft
# Who wrote and who reviewed this translation.
locale-credits = សេចក្តីព្រាងដែលក្រុម presente សរសេរដោយមានជំនួយពីម៉ាស៊ីន។ បានធ្វើបច្ចុប្បន្នភាពនៅថ្ងៃទី ៧ ខែធ្នូ ឆ្នាំ ២០២៦ ជាសេចក្តីព្រាង។ មិនទាន់មានអ្នកពិនិត្យក្នុងសហគមន៍ ឬមេធាវី ពិនិត្យនៅឡើយទេ។

# The language picker, in this language: the first screen of every visit
# (kept here, so the picker reads no other file).
choose-language = សូមជ្រើសរើសភាសារបស់អ្នក
picker-hint = ប៉ះភាសារបស់អ្នក ឬចុចលេខរបស់វា។
