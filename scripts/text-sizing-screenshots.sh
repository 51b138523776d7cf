#!/usr/bin/env bash
# Before/after screenshots of text sizing (issue 17) in kitty 0.41 (Debian 13,
# through ../shared/tools/kitty13, which needs root): each screen with
# --text-sizing off and with auto (kitty answers: on), at font sizes 14 and 22.
#   scripts/text-sizing-screenshots.sh OUT_DIR [BIN]
# Keys are sent with xdotool inside the chroot (apt-get install xdotool there).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/text-sizing-screenshots.sh OUT_DIR [BIN]}
bin=$(realpath "${2:-target/release/presente}")
kitty13=${KITTY13:-../shared/tools/kitty13}
root=${KITTY13_ROOT:-/var/tmp/debian13}
mkdir -p "$out"

# shot NAME "KEYS" ARGS...: KEYS are xdotool key names, sent 2 s after the start.
shot() {
  local name=$1 keys=$2; shift 2
  for font in 14 22; do
    for sizing in off auto; do
      local file="$out/$name-$font-$sizing.png"
      local send=""
      [ -n "$keys" ] && send="(sleep 2; for k in $keys; do xdotool key \$k; sleep 0.4; done) & "
      PRESENTE_BIN=$bin FONT=$font "$kitty13" shot "$file" 100x28 7 \
        "$send exec presente --text-sizing $sizing $*" >/dev/null
      # Only the kitty window, not the rest of the X screen.
      cp "$file" "$root/tmp/trim.png"
      chroot "$root" convert /tmp/trim.png -trim +repage /tmp/trim.png
      cp "$root/tmp/trim.png" "$file"
      echo "$file"
    done
  done
}

shot km-door "1 1" --lang km
shot picker "" 
shot km-card "2" --lang km
shot km-slide "Next" --lang km --present rights/door
shot zh-slide "Next" --lang zh-Hans --present rights/door
shot en-km-slides "Next s 4" --lang en --present rights/door
