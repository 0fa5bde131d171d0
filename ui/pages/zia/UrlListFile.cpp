// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "UrlListFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace zc::UrlListFile {

QString firstCsvField(const QString &row)
{
    if (!row.startsWith(u'"')) {
        const qsizetype comma = row.indexOf(u',');
        return comma < 0 ? row : row.left(comma);
    }
    QString field;
    for (qsizetype i = 1; i < row.size(); ++i) {
        const QChar c = row.at(i);
        if (c == u'"') {
            if (i + 1 < row.size() && row.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
                continue;
            }
            break;
        }
        field.append(c);
    }
    return field;
}

bool read(const QString &path, QStringList *lines, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("zc::UrlListFile", "Cannot read %1: %2")
                         .arg(QFileInfo(path).fileName(), file.errorString());
        }
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    QStringList rows = text.split(u'\n');
    while (!rows.isEmpty() && rows.constLast().trimmed().isEmpty())
        rows.removeLast();

    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    if (csv) {
        for (QString &row : rows)
            row = firstCsvField(row);
        if (!rows.isEmpty()) {
            const QString first = rows.constFirst().trimmed().toLower();
            if (first == "url"_L1 || first == "urls"_L1)
                rows.removeFirst();
        }
    }
    *lines = rows;
    return true;
}

} // namespace zc::UrlListFile
