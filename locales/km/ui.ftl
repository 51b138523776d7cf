# Words on the app's own screens: menus, buttons, keys and notices.

## Home menu
home-title = តើអ្នកត្រូវការអ្វី?
home-hint = ប៉ះជម្រើសមួយ ឬចុចលេខរបស់វា។

## Footer buttons (the key names Esc, Enter, L, ? and Q stay as they are)
button-back = ត្រឡប់
button-home = ម៉ឺនុយ
button-language = ភាសា
button-help = គ្រាប់ចុច
button-quit = ចេញ
button-hide = លាក់

## Step markers in a topic. They are words, not only colours.
step-do = ធ្វើ
step-dont = កុំ
step-say = និយាយ
step-info = ដឹង
say-in-english = ជាភាសាអង់គ្លេស៖
# Draft (issue 34): not yet checked by a community reviewer.
step-english-changed = អត្ថបទភាសាអង់គ្លេសបានផ្លាស់ប្តូរ ការបកប្រែនេះកំពុងត្រូវបានធ្វើបច្ចុប្បន្នភាព។ ភាសាអង់គ្លេសឥឡូវនេះថា៖

## The end of every topic
topic-sources = ប្រភព
topic-reviewed = បានពិនិត្យនៅថ្ងៃ { $date }។
# Shown instead when that date is more than 180 days ago.
topic-stale = បានពិនិត្យនៅថ្ងៃ { $date }។ ច្បាប់ និងការអនុវត្តច្បាប់តែងផ្លាស់ប្តូរ៖ សូមសុំកម្មវិធីនេះកំណែថ្មី។
not-legal-advice = នេះមិនមែនជាដំបូន្មានផ្លូវច្បាប់ទេ។ ច្បាប់ខុសគ្នាតាមរដ្ឋ និងអាចផ្លាស់ប្តូរ។ សូមពិគ្រោះជាមួយមេធាវី ឬតំណាងដែលទទួលស្គាល់ដោយ DOJ។

## Shown when the window is too small
enlarge = សូមពង្រីកផ្ទាំងនេះឲ្យធំជាងនេះ។

## Shown when the window is larger than the app draws (thousands of cells)
shrink = សូមបង្រួមផ្ទាំងនេះ ឬពង្រីកអក្សររបស់វា។

## Shown when nobody has touched the app for a while
idle-countdown = នឹងចាប់ផ្តើមឡើងវិញក្នុង { $seconds } វិនាទី។ ប៉ះអេក្រង់ ឬចុចគ្រាប់ចុចណាមួយ ដើម្បីនៅបន្ត។

## A translator's preview (--locales): what in their folder could not be read, and F5
preview-broken = { $count ->
   *[other] សារ { $count } មិនអាចអានបានទេ
}
preview-reload = F5 អានឡើងវិញ
preview-reloaded = បានអានឡើងវិញ៖ { $folder }

## Help: how to use the app (the ? key)
keys-title = របៀបប្រើកម្មវិធីនេះ
keys-tap = ប៉ះ ឬចុចលើជម្រើសមួយ ដើម្បីបើកវា។
keys-number = គ្រាប់ចុចលេខ៖ បើកជម្រើសលេខនោះ។
# The Keys help screen puts the keys beside each of these (from the app's key table), so they name no keys.
keys-mouse-wheel = កង់កណ្តុរ៖ រំកិល។
keys-touch = ប្រើម្រាមដៃរបស់អ្នក
keys-drag = ដើម្បីរំកិល សូមអូសម្រាមដៃរបស់អ្នកឡើងលើ ឬចុះក្រោម។
keys-touch-back = "{ button-back }" ត្រឡប់ទៅអេក្រង់មុន។
keys-touch-home = "{ button-home }" ទៅម៉ឺនុយដើម។
keys-touch-language = "{ button-language }" ប្តូរភាសា។
keys-touch-hide = "{ button-hide }" សម្អាតអេក្រង់ភ្លាមៗ ហើយបំភ្លេចអ្វីៗទាំងអស់ដែលអ្នកបានមើល។
keys-keyboard = ប្រើក្តារចុច
keys-previous-slide = ស្លាយ៖ ថយក្រោយមួយជំហាន។
keys-next-slide = ស្លាយ៖ ទៅមុខមួយជំហាន។
keys-up = ផ្លាស់ទីឡើងលើ។
keys-down = ផ្លាស់ទីចុះក្រោម។
keys-page-up = រំកិលឡើងលើមួយអេក្រង់។
keys-page-down = រំកិលចុះក្រោមមួយអេក្រង់។
keys-end = ទៅចុងបញ្ចប់។
keys-open = បើក។
keys-go-back = ត្រឡប់ក្រោយ។
keys-go-home = ទៅម៉ឺនុយដើម។
keys-next-part = ប្តូររវាងបញ្ជី ជម្រើស និងប៊ូតុង។
keys-change-language = ប្តូរភាសា។
keys-show-help = បង្ហាញទំព័រនេះ។
keys-hide-all = លាក់អ្វីៗទាំងអស់ភ្លាមៗ ហើយចាប់ផ្តើមឡើងវិញ។
keys-change-colors = ប្តូរពណ៌ សម្រាប់ម៉ាស៊ីនបញ្ចាំង ឬបន្ទប់ដែលភ្លឺខ្លាំង។
keys-show-slides = បង្ហាញប្រធានបទមួយជាស្លាយធំៗ មួយជំហានម្តងៗ សម្រាប់ក្រុម។
keys-second-language = ស្លាយ៖ ជ្រើសរើសភាសាទីពីរពីបញ្ជី ដើម្បីបង្ហាញនៅក្បែរភាសាទីមួយ។
keys-close-app = បិទកម្មវិធី។

## Translation status
status-draft = សេចក្តីព្រាង៖ មិនទាន់មានអ្នកពិនិត្យក្នុងសហគមន៍ពិនិត្យនៅឡើយ។
status-reviewed = បានពិនិត្យដោយអ្នកពិនិត្យក្នុងសហគមន៍។
# Draft (issue 34): not yet checked by a community reviewer.
status-part-reviewed = { $percent }% ត្រូវបានពិនិត្យដោយអ្នកពិនិត្យក្នុងសហគមន៍។
status-changed = { $count } បានផ្លាស់ប្តូរជាភាសាអង់គ្លេសតាំងពីបានបកប្រែ៖ ភាសាអង់គ្លេសត្រូវបានបង្ហាញជាមួយ។

## Privacy & about
about-never-title = អ្វីដែលកម្មវិធីនេះមិនដែលធ្វើ
about-never-network = វាមិនដែលភ្ជាប់អ៊ីនធឺណិតទេ។
about-never-save = វាមិនដែលរក្សាទុកអ្វីដែលអ្នកអាន ឬប៉ះទេ។
about-never-ask = វាមិនដែលសួររកឈ្មោះ អាសយដ្ឋាន ឬឯកសាររបស់អ្នកទេ។
about-legal-title = មិនមែនជាដំបូន្មានផ្លូវច្បាប់
about-translation-title = ភាសានេះ

## What the kernel enforces (Privacy & about)
about-enforced-title = នៅលើកុំព្យូទ័រនេះ ឥឡូវនេះ
about-files-locked = ឯកសារត្រូវបានចាក់សោ៖ កម្មវិធីនេះមិនអាចបើក ឬសរសេរឯកសារណាមួយបានទេ។
about-files-open = ឯកសារមិនត្រូវបានចាក់សោទេ៖ កុំព្យូទ័រនេះមិនអាចចាក់សោបាន។ ប៉ុន្តែកម្មវិធីនៅតែមិនសរសេរអ្វីទាំងអស់។
about-network-blocked = បណ្តាញត្រូវបានបិទ៖ កម្មវិធីនេះមិនអាចភ្ជាប់ទៅអ្វីបានទេ។
about-network-open = បណ្តាញមិនត្រូវបានបិទទេ៖ កុំព្យូទ័រនេះមិនអាចបិទបាន។ ប៉ុន្តែកម្មវិធីមិនដែលភ្ជាប់ទេ។

## The home menu: its sections
section-urgent-title = ហៅទូរស័ព្ទសុំជំនួយឥឡូវនេះ
section-urgent-intro = លេខទូរស័ព្ទដែលអ្នកអាចហៅ សម្រាប់កន្លែងដែលអ្នកនៅ។
section-rights-title = ស្គាល់សិទ្ធិរបស់អ្នក
section-rights-intro = អ្វីដែលត្រូវធ្វើ ពេលភ្នាក់ងារអន្តោប្រវេសន៍ (ICE) មក។
section-card-title = កាតក្រហម
section-card-intro = បង្ហាញកាតនេះតាមបង្អួច ឬរុញវាចូលក្រោមទ្វារ។
section-sanctuary-title = ជម្រក និងការគាំទ្រ
section-sanctuary-intro = របៀបដែលសហគមន៍សាសនា និងអ្នកជិតខាង នៅក្បែរជនអន្តោប្រវេសន៍។
section-help-title = ស្វែងរកជំនួយ
section-help-intro = របៀបរកមេធាវី និងជំនួយដែលអ្នកអាចទុកចិត្តបាន។
section-action-title = ចាត់វិធានការ
section-action-intro = មធ្យោបាយដែលអ្នកអាចជួយអ្នកជិតខាង។
section-about-title = ឯកជនភាព និងព័ត៌មាន
section-about-intro = កម្មវិធីនេះមិនរក្សាទុកអ្វីពីការមកប្រើរបស់អ្នកទេ។

## Kiosk: the operator leaves with Ctrl-Alt-Q and a PIN
operator-pin-title = អ្នកគ្រប់គ្រង
operator-pin-prompt = វាយលេខ PIN របស់អ្នកគ្រប់គ្រង រួចចុច Enter។ Esc បិទផ្ទាំងនេះ។
operator-pin-wrong = PIN មិនត្រឹមត្រូវ។ រង់ចាំ { $seconds } វិនាទី រួចសាកម្តងទៀត។
operator-pin-starting = ម៉ាស៊ីននេះទើបតែចាប់ផ្តើម។ រង់ចាំ { $seconds } វិនាទី រួចវាយ PIN។
operator-pin-none = ម៉ាស៊ីននេះគ្មាន PIN សម្រាប់ចេញទេ។ ដើម្បីបិទវា សូមបញ្ឈប់សេវារបស់វា។

## Presentation mode (P) for trainers
button-present = បង្ហាញ
button-end-presenting = បញ្ចប់
button-previous = ស្លាយមុន
button-next = បន្ទាប់
button-second-language = ភាសាទី២

## Punctuation
punctuation-label = { $label }៖ { $value }
punctuation-list = {", "}

## ហៅទូរស័ព្ទសុំជំនួយឥឡូវនេះ (ជួរទីមួយនៃម៉ឺនុយដើម គ្រាប់ចុច 0)
urgent-local = ដើម្បីរាយការណ៍អំពី ICE ឬសុំជំនួយនៅ { $place } សូមហៅទូរស័ព្ទទៅ៖
urgent-none = កម្មវិធីនេះមិនទាន់មានខ្សែទូរស័ព្ទជំនួយសម្រាប់ { $place } នៅឡើយទេ។ សូមហៅខ្សែទូរស័ព្ទជំនួយទូទាំងប្រទេស ខាងក្រោមនេះ ឬមើលក្នុង "ស្វែងរកជំនួយ"។
urgent-national = ទូទាំងប្រទេស៖
urgent-scan = ស្កេនដោយទូរស័ព្ទរបស់អ្នក ដើម្បីហៅទូរស័ព្ទ៖
urgent-more = កន្លែងផ្សេងទៀតដែលអ្នកអាចហៅទូរស័ព្ទ និងសួរ៖ "ស្វែងរកជំនួយ"។
# Find help's Place chooser: a list you can type into or tap.
directory-place-hint = វាយឈ្មោះកន្លែងមួយ ឬប៉ះលើវា។
place-question = តើអ្នកនៅទីណា?
button-find-help = ស្វែងរកជំនួយ
