package org.peaceops.intranet.toolbox.community.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peaceops.intranet.identity.application.DemoIdentities;
import org.peaceops.intranet.shared.Caller;
import org.peaceops.intranet.toolbox.community.application.Communities;
import org.peaceops.intranet.toolbox.community.application.CommunityQuestions;
import org.peaceops.intranet.toolbox.community.application.NewCommunity;
import org.peaceops.intranet.toolbox.community.domain.Specialty;

/**
 * With the demo content ({@code intranet.demo.content-dir} set), founds two communities (rule of law,
 * DDR) with one question each, by the demo Best Practices Officer, when there is no community yet.
 * Scheduled just after start-up, as the demo library is; each step is its own transaction (the services'),
 * and a failure is logged and stops the seeding.
 */
@Singleton
@Startup
@DependsOn("ToolboxSchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoCommunities {

    private static final Logger LOG = Logger.getLogger(DemoCommunities.class.getName());

    @Inject
    @ConfigProperty(name = "intranet.demo.content-dir")
    Optional<String> contentDir;

    @Inject
    DemoIdentities demoAccounts;

    @Inject
    Communities communities;

    @Inject
    CommunityQuestions questions;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        if (contentDir.isPresent() && !contentDir.get().isBlank()) {
            timers.createSingleActionTimer(3000, new TimerConfig("demo-communities", false));
        }
    }

    @Timeout
    void seedOnce() {
        try {
            Optional<Caller> officer = demoAccounts.find("bpo");
            if (officer.isEmpty() || communities.list(officer.get(), 0, 1).total() > 0) {
                return;
            }
            Caller bpo = officer.get();
            long ruleOfLaw = communities.found(bpo, new NewCommunity("Rule of law practitioners", Specialty.RULE_OF_LAW,
                    "Justice and corrections officers of every mission: courts, prisons, detention."));
            questions.ask(bpo, ruleOfLaw, "How do missions track pre-trial detention beyond legal limits?",
                    "<p>Which registers or tools have worked for you to flag detainees held past the legal limit?</p>",
                    List.of());
            long ddr = communities.found(bpo, new NewCommunity("DDR practitioners", Specialty.DDR,
                    "Disarmament, demobilisation and reintegration: programmes, weapons management, community violence reduction."));
            questions.ask(bpo, ddr, "Which weapons register format do you use at cantonment sites?",
                    "<p>We are choosing between paper registers and a tablet application. What did your mission use?</p>",
                    List.of());
            LOG.info("Demo content: two communities of practice founded");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo content: the communities of practice were not founded", e);
        }
    }
}
