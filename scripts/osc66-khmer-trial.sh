#!/bin/sh
# The trial behind docs/sources/khmer-widths.md ("Seen"): one Khmer word and one sentence
# drawn four ways in kitty 0.41 with OSC 66 widths from scripts/khmer-advances.py.
#   cp scripts/osc66-khmer-trial.sh /var/tmp/debian13/tmp/osc66.sh
#   FONT=22 kitty13 shot out.png 70x8 4 sh /tmp/osc66.sh
printf 'today (Letters):   អ្នកស្ម័គ្រចិត្ត|\n'
printf 'per cluster w=2:   \033]66;w=2;អ្ន\a\033]66;w=2;ក\a\033]66;w=2;ស្ម័\a\033]66;w=2;គ្រ\a\033]66;w=2;ចិ\a\033]66;w=2;ត្ត\a|\n'
printf 'chunks w=ceil:     \033]66;w=7;អ្នកស្ម័គ្រ\a\033]66;w=3;ចិត្ត\a|\n'
printf 'sentence w=ceil:   \033]66;w=6;សូមជ្រើ\a\033]66;w=7;សរើសភា\a\033]66;w=7;សារបស់\a\033]66;w=3;អ្នក\a|\n'
printf 'Latin for scale:   volunteer|\n'
sleep 30
