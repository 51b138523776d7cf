# Presentation mode: slides for a trainer (draft).

present-slide = ស្លាយ { $slide }/{ $slides }
present-end-of-section = ចប់ផ្នែក៖ { $section }

keys-first-slide = ស្លាយ៖ ទៅស្លាយទីមួយ។
keys-last-slide = ស្លាយ៖ ទៅស្លាយចុងក្រោយ។
keys-blank = ស្លាយ៖ ធ្វើឲ្យអេក្រង់ខ្មៅ ហើយបង្ហាញវាវិញ (គ្រាប់ចុចណាក៏បង្ហាញវាវិញដែរ)។
keys-hide-footer = ស្លាយ៖ លាក់ប៊ូតុងនៅខាងក្រោម ហើយបង្ហាញវាវិញ។
keys-number-slides = ស្លាយ៖ គ្រាប់ចុចលេខ ទៅប្រធានបទលេខនោះនៃផ្នែកនេះ។ ចុចលេខពីរខ្ទង់បន្តគ្នាភ្លាមៗ ដើម្បីទៅប្រធានបទទី១០ ឡើងទៅ។

theme-default = ពណ៌៖ ធម្មតា
theme-high-contrast = ពណ៌៖ ផ្ទុយគ្នាខ្លាំង
theme-monochrome = ពណ៌៖ គ្មានពណ៌ (ស និងខ្មៅ)

second-title = ភាសាទីពីរ
second-hint = ជ្រើសរើសភាសាមួយ ដើម្បីបង្ហាញនៅក្បែរ { $language } លើស្លាយ។
second-none = គ្មាន៖ តែ { $language } ប៉ុណ្ណោះ
