#pragma once

#include <QString>

/// The few POSIX file operations the pack store needs to survive a power cut: each step is either
/// done and on disk, or not done. Linux only (the kiosk's side).
namespace civic::durable {

/// Flushes a file's or a folder's contents to the disk.
bool sync(const QString &path);
/// Flushes everything written to the file system that holds `path`: one flush for a thousand
/// files instead of a thousand.
bool syncFileSystem(const QString &path);
/// Makes `link` a hard link to `target` (same file system).
bool hardLink(const QString &target, const QString &link);
/// Points the symbolic link `link` at `target` in one step: a new link renamed over the old one.
bool replaceSymlink(const QString &target, const QString &link);
/// Renames in one step, replacing `to` if it exists, then syncs the folder that holds `to`.
bool renameOver(const QString &from, const QString &to);
/// Takes an advisory lock on `path` (created if need be): exclusive or shared, without waiting
/// unless `wait`. Returns the descriptor that holds it (close it to release), or -1 when another
/// holds it (or the file cannot be opened).
int lock(const QString &path, bool exclusive, bool wait = false);
/// How many names the file has (1: only this one).
int linkCount(const QString &path);

} // namespace civic::durable
