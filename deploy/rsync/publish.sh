#!/bin/sh
# Publishes a built Gazette site with rsync, atomically: the site is uploaded into a new release
# folder (files unchanged since the previous release are hard-linked to it, not sent again), then
# the `current` link is switched to it in one rename. Readers see the old site or the new one,
# never a mix; an interrupted upload leaves `current` untouched.
#
#   deploy/rsync/publish.sh SITE_DIR DEST
#     SITE_DIR  the built site (site/)
#     DEST      user@host:/var/www/news over SSH, or /var/www/news on this machine
#   KEEP_RELEASES=5  how many releases to keep (older ones are removed)
#
# Server layout: DEST/releases/<UTC time>-<pid>/ and DEST/current -> releases/<…>; point the web
# server's root at DEST/current (deploy/nginx/newsroom.conf does). Paths must not contain spaces.
set -eu
site=${1:?usage: publish.sh SITE_DIR DEST}
dest=${2:?usage: publish.sh SITE_DIR DEST}
keep=${KEEP_RELEASES:-5}
[ -f "$site/index.html" ] || { echo "publish.sh: $site holds no built site (no index.html)" >&2; exit 2; }

case "$dest" in
  *:*) host=${dest%%:*}; dir=${dest#*:}; remote() { ssh "$host" "$1"; } ;;
  *)   host=; dir=$dest; remote() { sh -c "$1"; } ;;
esac
release=$(date -u +%Y%m%dT%H%M%SZ)-$$

previous=$(remote "mkdir -p '$dir/releases' && { readlink '$dir/current' || true; }")
link_dest=
if [ -n "$previous" ]; then
  link_dest="--link-dest=../$(basename "$previous")"   # relative to the new release folder
fi
# A build into a new folder (as in CI) gives every file a new time: compare contents (--checksum),
# and do not copy the build's modification times (no -t), so a file whose bytes did not change is
# hard-linked to the previous release and keeps its time there (and its Last-Modified and ETag for
# readers' caches).
# shellcheck disable=SC2086
rsync --recursive --links --perms --checksum --delete $link_dest "$site/" "$dest/releases/$release/"

# The switch: a new link beside the old one, renamed over it (rename(2) is atomic).
remote "cd '$dir' && ln -sfn 'releases/$release' current.new && mv -T current.new current"
echo "publish.sh: $dest/current -> releases/$release"

# Keep the newest $keep releases (the current one is the newest).
remote "cd '$dir/releases' && ls -1 | sort | head -n -$keep | while read -r old; do rm -rf -- \"\$old\"; done"
