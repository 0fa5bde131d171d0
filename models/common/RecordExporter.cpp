// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordExporter.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

// Characters that make a spreadsheet read a cell as a formula (or split it into one).
bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
           first == u'\r';
}

bool isPlainNumber(const QString &text)
{
    static const QRegularExpression number(
        u"\\A[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?\\z"_s);
    return number.match(text).hasMatch();
}

QString oneLine(QString text)
{
    return text.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
}

} // namespace

RecordGrid RecordExporter::grid(const QJsonArray &records, const QList<RecordColumn> &columns,
                                Header header, Cells cells)
{
    RecordGrid grid;
    for (const RecordColumn &column : columns)
        grid.header << (header == Header::Keys ? column.key : column.title());
    for (const QJsonValue &value : records) {
        const QJsonObject record = value.toObject();
        QStringList row;
        for (const RecordColumn &column : columns) {
            const auto &text =
                cells == Cells::Plain && column.plainValue ? column.plainValue : column.display;
            row << (text ? cellText(text(record)) : QString());
        }
        grid.rows << row;
    }
    return grid;
}

QList<RecordColumn> RecordExporter::plainColumns(const QJsonArray &records)
{
    QStringList keys;
    for (const QJsonValue &record : records) {
        const QStringList members = record.toObject().keys();
        for (const QString &key : members) {
            if (!keys.contains(key))
                keys << key;
        }
    }
    QList<RecordColumn> columns;
    for (const QString &key : std::as_const(keys))
        columns << RecordColumn::plain(key);
    return columns;
}

QString RecordExporter::cellText(const QVariant &display)
{
    return display.toString();
}

QString RecordExporter::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 whole = value.toInteger();
        return static_cast<double>(whole) == d ? QString::number(whole) : QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        const QJsonArray items = value.toArray();
        for (const QJsonValue &item : items)
            parts << valueText(item);
        return parts.join(u';');
    }
    case QJsonValue::Object: {
        // Referenced objects ({"id","name"}) read as their name; an empty object is an empty
        // cell; anything else stays compact JSON.
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            return {};
        if (const QJsonValue name = o.value("name"_L1); name.isString())
            return name.toString();
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QString RecordExporter::isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString RecordExporter::csvField(const QString &text)
{
    QString field = text;
    if (startsLikeFormula(field) && !isPlainNumber(field))
        field.prepend(u'\'');
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') &&
        !field.contains(u'\r'))
        return field;
    field.replace(u"\""_s, u"\"\""_s);
    return u'"' + field + u'"';
}

QByteArray RecordExporter::csv(const RecordGrid &grid)
{
    QString out;
    const auto line = [&out](const QStringList &cells) {
        QStringList fields;
        for (const QString &cell : cells)
            fields << csvField(cell);
        out += fields.join(u',') + u"\r\n"_s;
    };
    line(grid.header);
    for (const QStringList &row : grid.rows)
        line(row);
    return out.toUtf8();
}

QString RecordExporter::tabSeparated(const RecordGrid &grid)
{
    const auto line = [](const QStringList &cells) {
        QStringList clean;
        for (QString cell : cells)
            clean << cell.replace(u'\t', u' ').replace(u'\r', u' ').replace(u'\n', u' ');
        return clean.join(u'\t');
    };
    QStringList lines;
    if (!grid.header.isEmpty())
        lines << line(grid.header);
    for (const QStringList &row : grid.rows)
        lines << line(row);
    return lines.join(u'\n');
}

QByteArray RecordExporter::textTable(const RecordGrid &grid)
{
    // One line per row, so line breaks inside a cell become spaces.
    QList<QStringList> table;
    table << grid.header;
    for (const QStringList &row : grid.rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells << oneLine(cell);
        table << cells;
    }
    QList<qsizetype> widths(grid.header.size(), 0);
    for (const QStringList &row : std::as_const(table)) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QStringList rule;
    for (qsizetype width : std::as_const(widths))
        rule << QString(width, u'-');
    table.insert(1, rule);
    QString out;
    for (const QStringList &row : std::as_const(table)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += u"  "_s;
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.value(i)) : row.at(i);
        }
        out += line + u'\n';
    }
    return out.toUtf8();
}

QByteArray RecordExporter::json(const QJsonArray &records)
{
    return QJsonDocument(records).toJson(QJsonDocument::Indented);
}

QByteArray RecordExporter::json(qsizetype count,
                                const std::function<QJsonObject(qsizetype)> &recordAt)
{
    if (count <= 0)
        return json(QJsonArray());
    // What QJsonDocument writes for an array of objects: each object as it writes one
    // alone, every line indented once more (strings hold no raw line break: they are escaped).
    QByteArray out = QByteArrayLiteral("[\n");
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray object = json(recordAt(i));
        object.chop(1); // its final line break
        out += "    ";
        out += object.replace('\n', "\n    ");
        out += i + 1 < count ? ",\n" : "\n";
    }
    out += "]\n";
    return out;
}

QByteArray RecordExporter::json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

bool RecordExporter::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace zc
