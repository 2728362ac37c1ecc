package org.nafitha.meetings.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.meetings.internal.RunningMeetings.Side;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Behind a load balancer a participant's requests reach any node: a connection opened on one node is found,
 * extended and closed on another, every node sees who is present, and of two nodes closing one connection at
 * once only one gets it back (to end its Janus session). Two instances over the same database stand for two
 * nodes.
 */
@NafithaTest
class ConnectionsAcrossNodesTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    Meetings meetings;
    @Autowired
    RunningMeetings running;
    @Autowired
    ConnectingToMeetings connecting;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aConnectionOpenedOnOneNodeIsFoundExtendedAndClosedOnAnother() {
        var first = new Connections(jdbc, clock);
        var second = new Connections(jdbc, clock);
        var meeting = UUID.randomUUID();
        var person = first.open(meeting, "1000000008", Side.PERSON, 7_001, 8_001);

        var found = second.find(meeting, person.id(), "1000000008").orElseThrow();
        assertThat(found).isEqualTo(person);
        assertThat(second.find(meeting, person.id(), "1000000016")).as("someone else's request").isEmpty();
        assertThat(second.find(UUID.randomUUID(), person.id(), "1000000008")).as("another meeting").isEmpty();

        assertThat(second.attached(person.id(), 8_002)).isTrue();
        assertThat(first.find(meeting, person.id(), "1000000008").orElseThrow().handles()).containsExactlyInAnyOrder(8_001L, 8_002L);
        assertThat(first.find(meeting, person.id(), "1000000008").orElseThrow().owns(8_002)).isTrue();

        var host = second.open(meeting, "official1", Side.HOST, 7_002, 8_003);
        assertThat(first.present(meeting)).containsExactlyInAnyOrder(Side.PERSON, Side.HOST);
        assertThat(first.of(meeting)).extracting(Connections.Connection::id).containsExactlyInAnyOrder(person.id(), host.id());

        assertThat(second.close(person.id())).map(Connections.Connection::handles).contains(Set.of(8_001L, 8_002L));
        assertThat(first.close(person.id())).as("closed already, on the other node").isEmpty();
        assertThat(first.present(meeting)).containsExactly(Side.HOST);
        first.close(host.id());
        assertThat(second.of(meeting)).isEmpty();
        assertThat(second.attached(person.id(), 8_004)).as("a handle for a connection closed meanwhile").isFalse();
    }

    /**
     * A browser that vanished without leaving (closed, or its network gone) stops polling: after
     * {@link Connections#STALE_AFTER} its connection no longer counts as present, and the rooms' timer closes it.
     */
    @Test
    void aConnectionNotHeardFromIsNoLongerPresentAndTheTimerClosesIt() {
        var meeting = UUID.randomUUID();
        var now = new Connections(jdbc, clock);
        var person = now.open(meeting, "1000000008", Side.PERSON, 11_001, 12_001);
        var host = now.open(meeting, "official1", Side.HOST, 11_002, 12_002);
        new Connections(jdbc, Clock.offset(clock, Connections.STALE_AFTER.minusSeconds(10))).seen(host.id());

        var laterClock = Clock.offset(clock, Connections.STALE_AFTER.plusSeconds(1));
        var later = new Connections(jdbc, laterClock);
        assertThat(now.present(meeting)).containsExactlyInAnyOrder(Side.PERSON, Side.HOST);
        assertThat(later.present(meeting)).as("the person's browser stopped polling").containsExactly(Side.HOST);
        assertThat(later.stale()).contains(person.id()).doesNotContain(host.id());

        new ClosingRooms(jdbc, meetings, running, later, connecting, transactions, laterClock).closeOverdue();
        assertThat(now.find(meeting, person.id(), "1000000008")).as("closed by the timer").isEmpty();
        assertThat(now.find(meeting, host.id(), "official1")).as("heard from 80 s after opening").isPresent();
        now.close(host.id());
    }

    @Test
    void ofTwoNodesClosingOneConnectionAtOnceOnlyOneGetsItBack() throws Exception {
        var meeting = UUID.randomUUID();
        var nodes = new Connections[] {new Connections(jdbc, clock), new Connections(jdbc, clock)};
        for (int round = 0; round < 20; round++) {
            var connection = nodes[0].open(meeting, "1000000008", Side.PERSON, 9_000 + round, 10_000 + round);
            try (var pool = Executors.newFixedThreadPool(2)) {
                var closes = pool.invokeAll(List.<Callable<Boolean>>of(
                        () -> nodes[0].close(connection.id()).isPresent(), () -> nodes[1].close(connection.id()).isPresent()));
                int got = 0;
                for (var close : closes) if (close.get()) got++;
                assertThat(got).as("round " + round).isEqualTo(1);
            }
        }
        assertThat(nodes[1].of(meeting)).isEmpty();
    }
}
