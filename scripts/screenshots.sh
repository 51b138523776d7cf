#!/usr/bin/env bash
# Takes screenshots of presente in kitty under Xvfb, as docs/screenshots/
# shows them: look at them after every layout change.
#   scripts/screenshots.sh OUT_DIR
# Needs (Debian): kitty xvfb xauth imagemagick xdotool fonts-khmeros fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/screenshots.sh OUT_DIR}
mkdir -p "$out"
cargo build --release --locked --quiet
bin=$PWD/target/release/presente

# shot NAME COLS ROWS "KEYS" ARGS...: KEYS are xdotool key names; the
# picture is taken after the last one.
shot() {
  local name=$1 cols=$2 rows=$3 keys=$4; shift 4
  xvfb-run -a -s "-screen 0 1600x900x24" sh -c '
    export LIBGL_ALWAYS_SOFTWARE=1
    kitty --config examples/kiosk/kitty.conf -o font_size=12 -o remember_window_size=no \
      -o initial_window_width='"$cols"'c -o initial_window_height='"$rows"'c "$@" &
    sleep 3
    for k in '"$keys"'; do xdotool key "$k"; sleep 0.3; done
    sleep 0.7
    import -window root "'"$out/$name"'.png"
    kill $! 2>/dev/null || true
  ' sh "$bin" "$@"
  convert "$out/$name.png" -trim +repage "$out/$name.png"
  echo "$out/$name.png"
}

for cols in 40 80 120; do
  shot "km-door-${cols}cols" "$cols" 24 "1 1" --lang km
done
shot zh-Hant-door-40cols 40 24 "1 1" --lang zh-Hant
shot km-contact 110 40 "4 Down Return" --lang km
shot zh-find-help 110 40 "4 Tab Right" --lang zh-Hans
shot present-en-title 130 30 "1 1" --lang en --present
shot present-en-km 130 30 "1 1 Next Next Next s 4" --lang en --present
