// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace zc {

// The one set of functions every secret in memory goes through (client secrets, private key
// PEM, passphrases, proxy passwords, access tokens and their bearer headers, OTPs and the raw
// answer that carried them).
//
// The rule: a secret has one owner at a time. Whoever hands a secret to another owner that
// keeps it gives it secretCopy() (its own buffer), never an implicitly shared copy; each owner
// secureWipe()s its bytes when it drops them.

// Overwrites the bytes of the array's buffer in place with zeros, then clears the array. The
// buffer itself is wiped, not a copy: an implicitly shared copy held elsewhere reads zeros
// afterwards (so do not share secrets; see secretCopy()). Read-only data the array merely
// points at (QByteArray::fromRawData, literals) is left alone and only released.
void secureWipe(QByteArray &bytes);
// The same for text (a password typed in a field, an OTP shown as a string).
void secureWipe(QString &text);

// A copy of a secret in a buffer of its own, which the new owner wipes independently.
QByteArray secretCopy(const QByteArray &secret);

} // namespace zc
