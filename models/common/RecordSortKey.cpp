// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "RecordSortKey.h"

namespace zc {

namespace {

int sign(int c)
{
    return c < 0 ? -1 : c > 0 ? 1 : 0;
}

} // namespace

QCollator recordCollator(const QLocale &locale)
{
    QCollator collator(locale);
    // "host2" before "host10", "admin" before "Wiki", whatever the process locale.
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

int compareSortValues(const QCollator &collator, const QVariant &l, const QVariant &r)
{
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        int c = collator.compare(l.toString(), r.toString());
        if (c == 0)
            c = QString::compare(l.toString(), r.toString());
        return sign(c);
    }
    const bool lEmpty = !l.isValid() || l.isNull();
    const bool rEmpty = !r.isValid() || r.isNull();
    if (lEmpty || rEmpty)
        return lEmpty == rEmpty ? 0 : lEmpty ? 1 : -1;
    const QPartialOrdering order = QVariant::compare(l, r);
    return order == QPartialOrdering::Less ? -1 : order == QPartialOrdering::Greater ? 1 : 0;
}

RecordSortKey::RecordSortKey(const QCollator &collator, const QVariant &value)
    : m_value(value)
    , m_text(value.typeId() == QMetaType::QString)
{
    // In the C locale Qt's collator has no collation keys of its own (they would be the
    // bytes, case and all); it compares quickly there anyway.
    if (m_text && collator.locale().language() != QLocale::C)
        m_key = collator.sortKey(value.toString());
}

int RecordSortKey::compare(const RecordSortKey &other, const QCollator &collator) const
{
    if (!m_text || !other.m_text)
        return compareSortValues(collator, m_value, other.m_value);
    // Without a copy of the text: this runs a million times a sort.
    const QString &l = *static_cast<const QString *>(m_value.constData());
    const QString &r = *static_cast<const QString *>(other.m_value.constData());
    int c = m_key && other.m_key ? m_key->compare(*other.m_key) : collator.compare(l, r);
    if (c == 0)
        c = QString::compare(l, r);
    return sign(c);
}

bool RecordRowOrder::operator()(int l, int r) const
{
    int c =
        (*m_keys)[static_cast<size_t>(l)].compare((*m_keys)[static_cast<size_t>(r)], *m_collator);
    if (m_order == Qt::DescendingOrder)
        c = -c;
    return c != 0 ? c < 0 : l < r;
}

} // namespace zc
