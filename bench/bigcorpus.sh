#!/usr/bin/env bash
# bigcorpus.sh — throughput, scaling and peak memory of quotelens on a large
# corpus built from the PolNeAR article texts.
#
# It copies ../shared/data/polnear/{train,dev}/text/*.txt repeatedly into a
# temporary folder under $TMPDIR (one subfolder per repetition, every file
# renamed with the repetition number, so each document has its own name)
# until the corpus holds at least SIZE MB, builds quotelens, and runs
#
#   quotelens quotes --format csv --quiet --jobs J -o /dev/null CORPUS
#   quotelens report --format csv --quiet --jobs J -o /dev/null CORPUS
#
# for each J under /usr/bin/time -v, pinned to J CPUs (taskset, GOMAXPROCS=J)
# so that "1 job" means one core for everything, the garbage collector
# included, rather than one worker with a free core beside it. It prints, per run: corpus MB, wall
# seconds, MB/s, MB/s per job, the speed-up over the first job count, the
# CPU seconds (user+sys) and MB per CPU second — the per-core throughput,
# which other processes on the machine disturb much less than wall time —
# and the peak RSS.
# The corpus is removed on exit.
#
# Usage: bench/bigcorpus.sh [-s MB[,MB...]] [-j J[,J...]] [-m quotes,report] [-k]
#   -s  corpus sizes in MB (default 200); give two or more to check that the
#       time grows linearly with the size (the script prints s/MB per size)
#   -j  job counts (default 1,2)
#   -m  modes (default quotes,report)
#   -k  keep the corpus folder (its path is printed)
# Environment: POLNEAR (default <repo>/../shared/data/polnear), TMPDIR.
#
# Timings are only meaningful on an otherwise idle machine: the script
# prints the load average before each run so that a noisy run can be seen.
set -euo pipefail

sizes=200 jobs=1,2 modes=quotes,report keep=0
while getopts "s:j:m:kh" opt; do
	case $opt in
	s) sizes=$OPTARG ;;
	j) jobs=$OPTARG ;;
	m) modes=$OPTARG ;;
	k) keep=1 ;;
	h) sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "usage: $0 [-s MB[,MB...]] [-j J[,J...]] [-m quotes,report] [-k]" >&2; exit 2 ;;
	esac
done

die() { echo "bigcorpus.sh: $*" >&2; exit 1; }

repo=$(cd "$(dirname "$0")/.." && pwd)
polnear=${POLNEAR:-$repo/../shared/data/polnear}
shopt -s nullglob
texts=()
for d in "$polnear"/*/text; do texts+=("$d"); done
[ ${#texts[@]} -gt 0 ] || die "no PolNeAR texts at $polnear/*/text: put the shared data beside the repository (../shared) or set POLNEAR"
[ -x /usr/bin/time ] || die "/usr/bin/time not found: install GNU time (apt-get install time) for the peak-memory figures"
command -v go >/dev/null || die "go not found in PATH"
for s in ${sizes//,/ }; do [[ $s =~ ^[0-9]+$ && $s -gt 0 ]] || die "-s $s: give sizes as whole MB"; done
for j in ${jobs//,/ }; do [[ $j =~ ^[0-9]+$ && $j -gt 0 ]] || die "-j $j: give job counts as whole numbers"; done
for m in ${modes//,/ }; do [[ $m == quotes || $m == report ]] || die "-m $m: modes are quotes and report"; done

work=$(mktemp -d "${TMPDIR:-/tmp}/quotelens-bigcorpus.XXXXXX")
if [ "$keep" = 0 ]; then trap 'rm -rf "$work"' EXIT; else echo "keeping $work"; fi

bin=$work/quotelens
(cd "$repo" && go build -o "$bin" ./cmd/quotelens) || die "go build failed"

seed_bytes=0
for d in "${texts[@]}"; do
	seed_bytes=$((seed_bytes + $(find "$d" -maxdepth 1 -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s+0}')))
done
[ "$seed_bytes" -gt 0 ] || die "the PolNeAR text folders hold no .txt files"

corpus=$work/corpus
mkdir -p "$corpus"
have=0 reps=0
# grow copies the seed texts until the corpus holds at least $1 MB.
grow() {
	local want=$(($1 * 1000000))
	while [ "$have" -lt "$want" ]; do
		reps=$((reps + 1))
		local r
		r=$(printf '%05d' "$reps")
		for d in "${texts[@]}"; do
			local split
			split=$(basename "$(dirname "$d")")
			mkdir -p "$corpus/r$r/$split"
			# GNU tar renames on the way: foo.txt -> foo-r00007.txt
			(cd "$d" && find . -maxdepth 1 -name '*.txt' -print0 | tar --null -T - -cf -) |
				tar -C "$corpus/r$r/$split" -xf - --transform="s/\\.txt\$/-r$r.txt/"
		done
		have=$((have + seed_bytes))
	done
}

printf '# %s, %s CPUs, %s, runs pinned: %s\n' "$(date -u +%FT%TZ)" "$(nproc)" "$(go version | cut -d' ' -f3)" "$(command -v taskset >/dev/null && echo yes || echo no)"
printf '%-7s %5s %9s %6s %8s %8s %8s %8s %8s %9s %8s  %s\n' mode jobs corpus_MB files seconds MB/s MB/s/job speedup cpu_s MB/cpu_s peak_MB load
for size in ${sizes//,/ }; do
	grow "$size"
	files=$(find "$corpus" -name '*.txt' | wc -l)
	mb=$(awk -v b="$have" 'BEGIN {printf "%.1f", b/1e6}')
	# read the corpus once so that every run finds it in the page cache
	find "$corpus" -name '*.txt' -exec cat {} + >/dev/null
	for mode in ${modes//,/ }; do
		base=""
		for j in ${jobs//,/ }; do
			load=$(cut -d' ' -f1-3 /proc/loadavg)
			log=$work/time-$mode-$j-$size.txt
			args=("$mode" --format csv --quiet --jobs "$j" -o /dev/null "$corpus")
			pin=()
			if command -v taskset >/dev/null && [ "$j" -le "$(nproc)" ]; then
				pin=(taskset -c "0-$((j - 1))")
			fi
			if ! GOMAXPROCS=$j "${pin[@]}" /usr/bin/time -v -o "$log" "$bin" "${args[@]}" 2>"$work/stderr"; then
				cat "$work/stderr" >&2
				die "quotelens ${args[*]} failed"
			fi
			secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for (i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")
			cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$log")
			rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log")
			[ -n "$base" ] || base=$secs
			awk -v m="$mode" -v j="$j" -v mb="$mb" -v f="$files" -v s="$secs" -v b="$base" -v r="$rss" -v l="$load" -v c="$cpu" \
				'BEGIN {printf "%-7s %5d %9.1f %6d %8.2f %8.2f %8.2f %7.2fx %8.2f %9.2f %8s  %s\n", m, j, mb, f, s, mb/s, mb/s/j, b/s, c, mb/c, r, l}'
		done
	done
done
