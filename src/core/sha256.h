#pragma once

#include <QByteArray>
#include <QByteArrayView>

class QIODevice;

namespace civic {

/// SHA-256 with libsodium: about twice as fast as QCryptographicHash here, which matters when a
/// pack of gigabytes is checked at every install.
class Sha256
{
public:
    Sha256();
    void addData(QByteArrayView data);
    /// Reads `device` to its end; false when reading fails.
    bool addData(QIODevice &device);
    /// The hash in lower-case hex.
    QByteArray hexResult();

    static QByteArray hexOf(QByteArrayView data);

private:
    alignas(64) unsigned char m_state[128];
};

} // namespace civic
