#pragma once

#include <QStringList>

class QWidget;

namespace hc::test {

// Labels without a buddy, and input controls with neither an accessible name nor a label
// naming them, under `root`.
QStringList labelProblems(QWidget* root);

// Where Tab goes against reading order among the visible, enabled controls under `root` (the
// focus chain from one to the next): the next one must be further right on the same row, or on
// a row below.
QStringList tabOrderProblems(QWidget* root);

} // namespace hc::test
