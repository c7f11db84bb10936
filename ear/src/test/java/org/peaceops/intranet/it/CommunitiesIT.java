package org.peaceops.intranet.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Communities of practice end to end: a Best Practices Officer founds a community (a first submit without
 * a name is refused on the field and keeps the description typed) and moderates it; a member asks (a
 * script in the question never reaches a reader); the moderator approves; another member answers; the
 * moderator approves the answer and the asker finds it in their notifications, which open the question;
 * the moderator marks the question as needing guidance and it is on the recommendations board, addressed
 * to the policy office. The same community over REST.
 */
@Tag("one-mode") // the same whichever way people sign in: runs in OIDC mode only (config/bin/test)
class CommunitiesIT {

    private static void confirm(Browser browser, String formId) {
        browser.click(By.id(formId + ":confirm-yes"));
    }

    private static WebElement boardRow(Browser browser, String text) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("[id='board:recs'] tbody tr")).stream()
                        .filter(r -> r.getText().contains(text)).findFirst().orElse(null));
    }

    @Test
    void aMemberAsksAnotherAnswersTheModeratorApprovesAndRaisesTheQuestionForGuidance() {
        String name = "Rule of law " + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        String title = "Pre-trial detention limits in " + name;
        try (Browser moderator = new Browser(); Browser asker = new Browser(); Browser answerer = new Browser()) {
            moderator.signIn("bpo", "demo");
            moderator.open("/toolbox/communities.xhtml");
            moderator.waitForText(By.id("page-title"), "Communities of practice");
            moderator.type("found:description", "Courts, prisons and police");
            moderator.submit(By.id("found:create"));
            moderator.waitForText(By.id("messages"), "Give the community a name");
            assertThat(moderator.waitFor(By.id("found:description")).getAttribute("value")).isEqualTo("Courts, prisons and police");
            moderator.type("found:name", name);
            moderator.submit(By.id("found:create"));
            moderator.waitForText(By.id("page-title"), name);
            assertThat(moderator.waitFor(By.id("moderators")).getText()).isNotBlank();
            String communityPath = moderator.driver().getCurrentUrl().replaceAll("^.*(/toolbox/community\\.xhtml.*)$", "$1");
            moderator.screenshot("community-founded");

            asker.signIn("contributor", "demo");
            asker.open(communityPath);
            asker.waitFor(By.id("join-to-ask"));
            asker.submit(By.id("members:join"));
            asker.waitForText(By.id("messages"), "You joined");
            asker.type("ask:title", title);
            asker.submit(By.id("ask:submit"));
            asker.waitForText(By.id("messages"), "Describe your question");
            assertThat(asker.waitFor(By.id("ask:title")).getAttribute("value")).isEqualTo(title);
            asker.type("ask:body", "How long may a suspect be held before a judge sees them?<script>alert(1)</script>");
            asker.submit(By.id("ask:submit"));
            asker.waitForText(By.id("messages"), "waits for a moderator");
            assertThat(asker.waitFor(By.id("question-status")).getText()).isEqualTo("Awaiting moderation");
            assertThat(asker.driver().findElement(By.id("question-body")).getAttribute("innerHTML")).doesNotContain("<script");
            String questionPath = asker.driver().getCurrentUrl().replaceAll("^.*(/toolbox/question\\.xhtml.*)$", "$1");

            answerer.signIn("reader2", "demo");
            answerer.open(questionPath);
            answerer.waitFor(By.id("question-missing")); // not yet approved: only its author and the moderators see it

            moderator.open(questionPath);
            moderator.click(By.id("questionForm:approveQuestion"));
            confirm(moderator, "questionForm");
            moderator.waitForText(By.id("messages"), "Approved.");
            assertThat(moderator.waitFor(By.id("question-status")).getText()).isEqualTo("Published");

            answerer.open(communityPath);
            answerer.submit(By.id("members:join"));
            answerer.waitForText(By.cssSelector("[id$='questions'] .answer-count"), "0");
            answerer.open(questionPath);
            answerer.type("answerForm:answer", "Forty-eight hours under the interim code.");
            answerer.submit(By.id("answerForm:submit"));
            answerer.waitForText(By.id("messages"), "waits for a moderator");

            moderator.open(questionPath);
            moderator.click(By.cssSelector("button.approve-answer"));
            confirm(moderator, "questionForm");
            moderator.waitForText(By.id("messages"), "Approved.");
            assertThat(moderator.waitFor(By.id("answers-card")).getText()).contains("Forty-eight hours", "Published");
            moderator.screenshot("community-question-moderator");

            asker.open("/library/notifications.xhtml");
            asker.waitForText(By.id("notificationsForm:notifications"), "answered your question in the community " + name);
            asker.screenshot("community-notification");
            WebElement notice = new WebDriverWait(asker.driver(), Duration.ofSeconds(20))
                    .until(d -> d.findElements(By.cssSelector("[id='notificationsForm:notifications'] tbody tr")).stream()
                            .filter(r -> r.getText().contains(name)).findFirst().orElse(null));
            WebElement open = notice.findElement(By.cssSelector("a[id$=':open']"));
            open.click();
            asker.waitUntilReplaced(open);
            asker.waitForText(By.id("page-title"), title);
            assertThat(asker.waitFor(By.id("answers-card")).getText()).contains("Forty-eight hours");

            moderator.open(questionPath);
            moderator.click(By.id("questionForm:needsGuidance"));
            confirm(moderator, "questionForm");
            moderator.waitForText(By.id("messages"), "on the recommendations board");
            moderator.waitFor(By.id("guidance-raised"));
            assertThat(moderator.driver().findElements(By.id("questionForm:needsGuidance"))).as("raised once").isEmpty();

            moderator.open("/toolbox/recommendations.xhtml");
            moderator.type("board:office", "Policy and Best Practices");
            moderator.clickWhenStable(By.id("board:apply"));
            assertThat(boardRow(moderator, "Guidance needed (" + name + ")").getText())
                    .contains(title, "Policy and Best Practices Service", "Open");
            moderator.screenshot("community-guidance-on-board");

            java.util.Map<String, Object> listed = asker.call("GET", "/api/v1/toolbox/communities?max=100", null);
            assertThat(listed.get("status")).isEqualTo(200L);
            assertThat((String) listed.get("text")).contains(name);
            String questionId = questionPath.replaceAll(".*[?&]id=(\\d+).*", "$1");
            java.util.Map<String, Object> question = asker.call("GET", "/api/v1/toolbox/communities/questions/" + questionId,
                    null);
            assertThat(question.get("status")).isEqualTo(200L);
            assertThat((String) question.get("text")).contains("Forty-eight hours", "\"recommendationId\":");
            java.util.Map<String, Object> notModerator = answerer.call("POST", "/api/v1/toolbox/communities/questions/"
                    + questionId + "/needs-guidance", "{\"decision\":\"APPROVE\",\"seenVersion\":0}");
            assertThat(notModerator.get("status")).as("a member does not moderate").isEqualTo(403L);
        }
    }
}
