// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "OutputFormatter.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace zc::cli {

bool OutputFormatter::parseFormat(const QString &text, Format *out)
{
    const QString t = text.trimmed().toLower();
    Format format;
    if (t == "json"_L1)
        format = Format::Json;
    else if (t == "csv"_L1)
        format = Format::Csv;
    else if (t == "table"_L1)
        format = Format::Table;
    else
        return false;
    if (out)
        *out = format;
    return true;
}

QString OutputFormatter::cellText(const QJsonValue &value)
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
        for (const QJsonValue &item : value.toArray())
            parts << cellText(item);
        return parts.join(u';');
    }
    case QJsonValue::Object: {
        // Referenced objects ({"id","name"}) read as their name in tables and CSV; an empty
        // object is an empty cell; anything else stays compact JSON. JSON output is untouched.
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

QString OutputFormatter::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray OutputFormatter::records(const QJsonArray &records, const QList<Column> &columns) const
{
    if (m_format == Format::Json)
        return QJsonDocument(records).toJson(QJsonDocument::Indented);
    return rows(records, columns);
}

QByteArray OutputFormatter::object(const QJsonObject &object, const QList<Column> &columns) const
{
    if (m_format == Format::Json)
        return QJsonDocument(object).toJson(QJsonDocument::Indented);
    return rows(QJsonArray{object}, columns);
}

QByteArray OutputFormatter::rows(const QJsonArray &records, QList<Column> columns) const
{
    if (columns.isEmpty()) {
        QStringList keys;
        for (const QJsonValue &record : records) {
            for (const QString &key : record.toObject().keys()) {
                if (!keys.contains(key))
                    keys << key;
            }
        }
        for (const QString &key : keys)
            columns.append({key, key});
    }

    QList<QStringList> table;
    QStringList header;
    for (const Column &column : columns)
        header << column.title;
    table << header;
    for (const QJsonValue &record : records) {
        const QJsonObject o = record.toObject();
        QStringList row;
        for (const Column &column : columns)
            row << cellText(o.value(column.key));
        table << row;
    }

    QString out;
    if (m_format == Format::Csv) {
        for (const QStringList &row : std::as_const(table)) {
            QStringList fields;
            for (const QString &cell : row)
                fields << csvField(cell);
            out += fields.join(u',') + u"\r\n"_s;
        }
        return out.toUtf8();
    }

    // Table: one line per row, so line breaks inside a cell become spaces.
    for (QStringList &row : table) {
        for (QString &cell : row)
            cell.replace(u"\r\n"_s, u" "_s).replace(u'\n', u' ').replace(u'\r', u' ');
    }
    QList<qsizetype> widths(columns.size(), 0);
    for (const QStringList &row : std::as_const(table)) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    QStringList rule;
    for (qsizetype width : std::as_const(widths))
        rule << QString(width, u'-');
    table.insert(1, rule);
    for (const QStringList &row : std::as_const(table)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                line += u"  "_s;
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i)) : row.at(i);
        }
        out += line + u'\n';
    }
    return out.toUtf8();
}

} // namespace zc::cli
