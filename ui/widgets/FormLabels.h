// SPDX-FileCopyrightText: 2026 The ZConsole authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>

class QFormLayout;

namespace zc {

// A form whose fields sit in containers (a line edit with its error sentence, an edit with a
// Browse button) loses what a plain QFormLayout row gives for free: the label's mnemonic
// focuses the container, which takes no focus, and screen readers find no label for the edit.
// This points each row's label at the first control of its field that takes the focus, and
// names that control after the label when it has no name of its own. The labels of all the
// forms also get one width, so that forms stacked in one dialog share a label column.
void linkFormLabels(const QList<QFormLayout *> &forms);

} // namespace zc
