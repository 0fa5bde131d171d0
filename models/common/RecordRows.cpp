// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordRows.h"

#include <QHashFunctions>
#include <QJsonDocument>
#include <QJsonValue>

#include <array>
#include <vector>

namespace zc {

namespace {
// Texts that repeat down a column (a department, a state, a source, "Yes") each cost an
// allocation of their own when made for every row: a cell equal to one of the last few of
// its cell slot shares that one's text instead (about a fifth of a user row's heap).
class TextSharer
{
public:
    explicit TextSharer(int slots)
        : m_recent(static_cast<size_t>(slots))
    {}

    void share(int slot, QVariant &value)
    {
        if (value.typeId() != QMetaType::QString)
            return;
        const QString &text = *static_cast<const QString *>(value.constData());
        if (text.isEmpty())
            return;
        Recent &recent = m_recent[static_cast<size_t>(slot)];
        for (const QString &seen : recent.texts) {
            if (seen.size() == text.size() && seen == text) {
                value = QVariant(seen);
                return;
            }
        }
        recent.texts[recent.next] = text;
        recent.next = (recent.next + 1) % recent.texts.size();
    }

private:
    struct Recent
    {
        std::array<QString, 4> texts;
        size_t next = 0;
    };
    std::vector<Recent> m_recent;
};
} // namespace

RecordRowMaker::RecordRowMaker(QList<RecordColumn> columns, QList<RecordRoleValue> roleValues)
    : m_columns(std::move(columns))
    , m_roleValues(std::move(roleValues))
{
    m_stride = kDisplayCell + static_cast<int>(m_columns.size());
    for (const RecordColumn &column : std::as_const(m_columns))
        m_sortCell.append(column.sortValue ? m_stride++ : -1);
    m_stride += static_cast<int>(m_roleValues.size());
}

int RecordRowMaker::roleCell(int role) const
{
    const auto count = static_cast<int>(m_roleValues.size());
    for (int i = 0; i < count; ++i) {
        if (m_roleValues.at(i).role == role)
            return m_stride - count + i;
    }
    return -1;
}

void RecordRowMaker::addCells(RecordRows &rows, const QJsonObject &record) const
{
    rows.cells.append(recordId(record));
    for (const RecordColumn &column : m_columns)
        rows.cells.append(column.display ? column.display(record) : QVariant());
    for (const RecordColumn &column : m_columns) {
        if (column.sortValue)
            rows.cells.append(column.sortValue(record));
    }
    for (const RecordRoleValue &value : m_roleValues)
        rows.cells.append(value.value(record));
}

void RecordRowMaker::add(RecordRows &rows, const QJsonArray &records) const
{
    if (rows.json.isEmpty()) // (not when adding to rows: each would copy them all)
        rows.reserve(records.size(), m_stride);
    TextSharer sharer(m_stride);
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QByteArray json = QJsonDocument(record).toJson(QJsonDocument::Compact);
        json.squeeze(); // the writer leaves room to grow
        addCells(rows, record);
        const QVariant &id = rows.cells.at(rows.cells.size() - m_stride);
        rows.digests.append(
            {rowDigest(*static_cast<const QString *>(id.constData())), rowDigest(json)});
        rows.json.append(std::move(json));
        const qsizetype first = rows.cells.size() - m_stride;
        for (int slot = 0; slot < m_stride; ++slot)
            sharer.share(slot, rows.cells[first + slot]);
    }
}

void RecordRows::append(const RecordRows &rows)
{
    json.append(rows.json);
    digests.append(rows.digests);
    cells.append(rows.cells);
}

void RecordRows::reserve(qsizetype count, int stride)
{
    json.reserve(count);
    digests.reserve(count);
    cells.reserve(count * stride);
}

void RecordRows::squeeze()
{
    json.squeeze();
    digests.squeeze();
    cells.squeeze();
}

void dropLast(RecordRows &rows, qsizetype count)
{
    const qsizetype keep = rows.size() - count;
    const qsizetype stride = rows.size() > 0 ? rows.cells.size() / rows.size() : 0;
    rows.json.resize(keep);
    rows.digests.resize(keep);
    rows.cells.resize(keep * stride);
}

quint64 rowDigest(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return 0;
    // Two seeds where size_t is 32 bits; the value only needs to be the same within a run.
    auto digest = static_cast<quint64>(qHashBits(bytes.data(), size_t(bytes.size()), 0x5eed));
    if constexpr (sizeof(size_t) < sizeof(quint64))
        digest ^= quint64(qHashBits(bytes.data(), size_t(bytes.size()), 0x7a11)) << 32;
    return digest != 0 ? digest : 1;
}

quint64 rowDigest(QStringView text)
{
    return rowDigest(QByteArrayView(reinterpret_cast<const char *>(text.utf16()),
                                    text.size() * qsizetype(sizeof(char16_t))));
}

QString recordId(const QJsonObject &record)
{
    for (const char *key : {"id", "udid", "trace_id"}) {
        const QJsonValue v = record.value(QLatin1StringView(key));
        if (v.isString())
            return v.toString();
        if (v.isDouble()) {
            // Whole numbers as such; 1e300 or 2.5 as written (a cast would be undefined).
            const qint64 whole = v.toInteger();
            return static_cast<double>(whole) == v.toDouble() ? QString::number(whole)
                                                              : QString::number(v.toDouble());
        }
    }
    return {};
}

} // namespace zc
