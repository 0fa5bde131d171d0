// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace zc {

// Tells screen readers about a status change that happened away from the focus: an OTP
// revealed or copied, a deep trace finished, a rate-limit wait, an error. Qt 6.8 has an
// announcement event for this; before it, the text goes into a live status label of the
// window (an accessible StatusBar-like label, kept out of the tab chain) whose name change
// (polite) or alert (assertive) the platform bridges pass on to the screen reader. Callers
// use only this helper, so the switch to announcements is one place.
class Announcer
{
public:
    enum class Priority
    {
        Polite,   // read when the reader is idle: copied, finished, waiting
        Assertive // interrupts: an error
    };

    // Announces `text` on behalf of `source` (any widget of the window it concerns).
    static void announce(QWidget *source, const QString &text,
                         Priority priority = Priority::Polite);

    // The window's live status label (created on first use), for tests.
    static QLabel *liveRegion(QWidget *window);
    // The text last announced in the window of `source`; empty before the first.
    static QString lastAnnouncement(const QWidget *source);
};

} // namespace zc
