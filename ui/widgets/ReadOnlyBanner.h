// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;

namespace zc {

// A coloured bar above the pages that stays while the tenant refuses changes (read-only
// maintenance): which products, what the server said, and that reading still works.
class ReadOnlyBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    void setMessage(const QString &text);
    QString message() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace zc
