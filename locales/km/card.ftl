# The red card: the holder's side, in the reader's language.
# (The officer's side is always English: locales/en/card-officer.ftl.)
card-holder-title = សម្រាប់អ្នក
card-holder-door = កុំបើកទ្វារ។
card-holder-show = បង្ហាញកាតនេះតាមបង្អួច ឬរុញវាចូលក្រោមទ្វារ។
card-holder-silent = កុំឆ្លើយសំណួរ។ អ្នកមានសិទ្ធិនៅស្ងៀម។
card-holder-sign = កុំចុះហត្ថលេខាលើអ្វីទាំងអស់។

card-says-title = អ្វីដែលកាតនេះប្រាប់មន្ត្រី
card-says-silent = ខ្ញុំជ្រើសរើសនៅស្ងៀម។ ខ្ញុំនឹងមិនឆ្លើយសំណួររបស់អ្នកទេ។ (វិសោធនកម្មទី៥)
card-says-enter = ខ្ញុំមិនយល់ព្រមឲ្យអ្នកចូលផ្ទះខ្ញុំទេ លុះត្រាតែអ្នកមានដីកាដែលមានហត្ថលេខាចៅក្រម ដែលមានឈ្មោះខ្ញុំ។ សូមរុញវាចូលក្រោមទ្វារ។ (វិសោធនកម្មទី៤)
card-says-search = ខ្ញុំមិនយល់ព្រមឲ្យឆែកឆេរខ្លួនខ្ញុំ ឬរបស់របររបស់ខ្ញុំទេ។
card-says-sign = ខ្ញុំនឹងមិនចុះហត្ថលេខាលើអ្វីទាំងអស់ ដោយគ្មានមេធាវីរបស់ខ្ញុំទេ។
card-says-lawyer = ខ្ញុំចង់និយាយជាមួយមេធាវី។
card-print = បោះពុម្ពកាតនេះជាភាសារបស់អ្នក៖ ស្កេនកូដ ឬចូលទៅកាន់អាសយដ្ឋាននេះ។
