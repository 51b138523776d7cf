# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = សម្រាប់អ្នក
card-holder-door = កុំបើកទ្វារ។
card-holder-show = បង្ហាញកាតនេះតាមបង្អួច ឬរុញវាចូលក្រោមទ្វារ។
card-holder-silent = កុំឆ្លើយសំណួរ។ អ្នកមានសិទ្ធិនៅស្ងៀម។
card-holder-sign = កុំចុះហត្ថលេខាលើអ្វីទាំងអស់។
