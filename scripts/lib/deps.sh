# Debian 12 packages the build, the tests and the app need. Sourced by scripts/run and scripts/test.
HC_APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qt6-qpa-plugins libqt6opengl6-dev libxkbcommon-dev qt6-translations-l10n
  libsqlite3-dev zlib1g-dev libsimdjson-dev libeigen3-dev libboost-dev
  libxlsxwriter-dev qtkeychain-qt6-dev libbenchmark-dev libgl-dev
  xvfb xauth poppler-utils sqlite3 python3 tzdata clang-format
)

# The fuzzers' compiler and libFuzzer runtime (scripts/fuzz, run by scripts/test).
HC_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

# Installs HC_APT_PACKAGES and any packages given as arguments that are missing.
hc_install_deps() {
  local missing=()
  local p
  for p in "${HC_APT_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; return 1; }
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# Configure (once) and build one build tree: hc_build DIR BUILD_TYPE [extra cmake args...]
hc_build() {
  local dir=$1 type=$2
  shift 2
  if [ ! -f "$dir/build.ninja" ]; then
    cmake -S "$HC_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" >&2
  fi
  cmake --build "$dir" --parallel "$(nproc)" >&2
}
