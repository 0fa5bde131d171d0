// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#include "Announcer.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QLabel>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace zc {

namespace {

constexpr auto kLiveRegionName = "accessibleAnnouncer";

} // namespace

QLabel *Announcer::liveRegion(QWidget *window)
{
    window = window->window();
    auto *label = window->findChild<QLabel *>(QString::fromLatin1(kLiveRegionName),
                                              Qt::FindDirectChildrenOnly);
    if (label)
        return label;
    label = new QLabel(window);
    label->setObjectName(QString::fromLatin1(kLiveRegionName));
    // Not hidden: screen readers skip hidden objects. A single transparent pixel in the
    // corner that takes no focus and no mouse, drawn under everything else.
    label->setGeometry(0, 0, 1, 1);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setFocusPolicy(Qt::NoFocus);
    label->setAutoFillBackground(false);
    label->setStyleSheet(u"color: transparent; background: transparent;"_s);
    label->setAccessibleDescription(
        QCoreApplication::translate("zc::Announcer", "Status announcements"));
    label->lower();
    label->show();
    return label;
}

QString Announcer::lastAnnouncement(const QWidget *source)
{
    const auto *label = source->window()->findChild<QLabel *>(QString::fromLatin1(kLiveRegionName),
                                                              Qt::FindDirectChildrenOnly);
    return label ? label->text() : QString();
}

void Announcer::announce(QWidget *source, const QString &text, Priority priority)
{
    if (!source || text.isEmpty())
        return;
    QLabel *label = liveRegion(source);
    const bool repeated = label->accessibleName() == text;
    label->setText(text);
    label->setAccessibleName(text); // sends NameChanged when the text is new
    if (repeated) {
        // The same words again ("Copied…" twice) are news all the same.
        QAccessibleEvent event(label, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
    }
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QAccessibleAnnouncementEvent event(label, text);
    event.setPoliteness(priority == Priority::Assertive
                            ? QAccessible::AnnouncementPoliteness::Assertive
                            : QAccessible::AnnouncementPoliteness::Polite);
    QAccessible::updateAccessibility(&event);
#else
    // NameChanged is sent; an alert makes readers speak an error at once.
    if (priority == Priority::Assertive) {
        QAccessibleEvent event(label, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
#endif
}

} // namespace zc
