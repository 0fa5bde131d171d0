// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace zc {

// Reads URLs to look up from a file: a text file holds one per line; a CSV file (.csv) one
// per row in its first field, quotes removed, and a first row that is a header ("url",
// "URL"...) is skipped, so a CSV exported from the results can be read back. Lines are kept
// as they are (blank and over-long ones too) so the editor can point at them.
namespace UrlListFile {

// False with a translated *error when the file cannot be read.
bool read(const QString &path, QStringList *lines, QString *error = nullptr);
// The first field of one CSV row (RFC 4180 quoting).
QString firstCsvField(const QString &row);

} // namespace UrlListFile

} // namespace zc
