// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <algorithm>

namespace zc::sim {

// HTTP header fields as (name, value) pairs in the order they came or will go. Field names
// are case-insensitive (RFC 9110, section 5.1), so every lookup compares them that way:
// requests, answers and the tests' replies all look headers up here.
using HeaderFields = QList<QPair<QByteArray, QByteArray>>;

inline bool isNamed(const QPair<QByteArray, QByteArray> &field, QByteArrayView name)
{
    return field.first.compare(name, Qt::CaseInsensitive) == 0;
}

inline HeaderFields::const_iterator findHeader(const HeaderFields &fields, QByteArrayView name)
{
    return std::find_if(fields.cbegin(), fields.cend(),
                        [name](const auto &field) { return isNamed(field, name); });
}

// The value of the first field named `name`, or empty.
inline QByteArray headerValue(const HeaderFields &fields, QByteArrayView name)
{
    const auto it = findHeader(fields, name);
    return it == fields.cend() ? QByteArray() : it->second;
}

inline bool hasHeader(const HeaderFields &fields, QByteArrayView name)
{
    return findHeader(fields, name) != fields.cend();
}

} // namespace zc::sim
