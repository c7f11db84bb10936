/**
 * The use cases of communities of practice ({@code Communities}: founding, joining, moderators;
 * {@code CommunityQuestions}: asking, answering, moderating, linking guidance, raising for guidance),
 * the views they return, and their ports ({@code ReadableGuidance}, {@code GuidanceRequests}).
 */
package org.peaceops.intranet.toolbox.community.application;
