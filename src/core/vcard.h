#pragma once

#include <QByteArray>

namespace civic {

struct ContactRow;

/// The contact as a vCard 3.0 (RFC 2426) a phone can save from a QR code: name, number, e-mail,
/// address and web site, the name in the visitor's language. No notes: every character makes
/// the code denser and harder to scan from arm's length. UTF-8, CRLF line ends, lines folded
/// at 75 octets.
QByteArray contactVCard(const ContactRow &contact);

} // namespace civic
