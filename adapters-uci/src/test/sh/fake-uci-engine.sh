#!/bin/sh
# A fake UCI engine for the engine pool's fault tests. Its mode is the first argument:
#   obedient  answers "go depth 1" at once; any other search runs until "stop", then answers
#   hang      finishes the handshake, then never answers a search, not even after "stop"
#   illegal   answers every search at once with e2e5, which no rules allow
#   crash     exits with status 3 when asked to search
#   mute      never finishes the handshake
# Its answer is always e2e4 (legal in the start position, which is what the tests search).
mode=${1:-obedient}
searching=0
answer() {
  echo "info depth 1 seldepth 1 multipv 1 score cp 12 nodes 20 pv e2e4 e7e5"
  echo "bestmove e2e4 ponder e7e5"
}
while IFS= read -r line; do
  case "$line" in
    uci)
      if [ "$mode" != mute ]; then
        echo "id name Fake $mode"
        echo "option name Hash type spin default 16 min 1 max 64"
        echo "uciok"
      fi ;;
    isready) echo "readyok" ;;
    go*)
      case "$mode" in
        obedient) if [ "$line" = "go depth 1" ]; then answer; else searching=1; fi ;;
        illegal) echo "info depth 1 score cp 5 pv e2e5"; echo "bestmove e2e5" ;;
        crash) exit 3 ;;
      esac ;;
    stop)
      if [ "$mode" = obedient ] && [ "$searching" = 1 ]; then searching=0; answer; fi ;;
    quit) exit 0 ;;
  esac
done
