// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace zc::sim {

// A list's records serialized compactly, each once, for answers that serve them again and
// again (serializing a record costs more than serving it). Whoever holds it clears it when
// the records change.
class SerializedRecords
{
public:
    // Record `index` of `count`, serialized from `record()` the first time it is asked for.
    template<typename MakeRecord>
    const QByteArray &at(qsizetype index, qsizetype count, MakeRecord record)
    {
        if (m_bytes.size() != count)
            m_bytes = QList<QByteArray>(count);
        QByteArray &bytes = m_bytes[index];
        if (bytes.isEmpty())
            bytes = QJsonDocument(QJsonObject(record())).toJson(QJsonDocument::Compact);
        return bytes;
    }
    void clear() { m_bytes.clear(); }

private:
    QList<QByteArray> m_bytes;
};

} // namespace zc::sim
