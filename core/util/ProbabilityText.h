#pragma once

#include <QString>

namespace hc {

// A probability from seeded draws in percent for people, in the current locale: the ends read
// "> 99.9%" and "< 0.1%", since draws never prove certainty.
QString probabilityText(double p);

} // namespace hc
