#pragma once

#include "minisign.h"
#include "packmanifest.h"

#include <QString>

/// Builds a .ckpack from a pack source folder and signs it, as staff would with civic-pack
/// build and sign, without checking the content (so tests can sign broken packs too).
QString buildSignedArchive(const QString &sourceDir, const QString &archivePath, const civic::minisign::SecretKey &key);
