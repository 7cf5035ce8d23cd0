package org.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationsTest {
    @Test
    void ordinalsPointAtTheOperationsInOrder() {
        assertThat(Operations.ordinal("Selon MG, ont participé à la bataille dans le cadre de la première, les milices"))
                .isZero();
        assertThat(Operations.ordinal("Alors que dans la seconde se trouvaient les milices suivantes")).isEqualTo(1);
        assertThat(Operations.ordinal("In the second, the following groups took part")).isEqualTo(1);
        assertThat(Operations.ordinal("Les milices ont reconnu leurs défaites")).isEqualTo(-1);
    }
}
