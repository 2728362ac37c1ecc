@NullMarked
package org.nafitha;

import org.jspecify.annotations.NullMarked;
