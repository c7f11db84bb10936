package org.peaceops.intranet.training.application;

import java.io.Serializable;

/** How a question fared across submitted attempts: how often it was answered, how often right. */
public record ItemStatistic(long questionId, String text, int answered, int right) implements Serializable {

    public int rightPercent() {
        return answered == 0 ? 0 : right * 100 / answered;
    }
}
