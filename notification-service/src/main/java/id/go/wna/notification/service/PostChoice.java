package id.go.wna.notification.service;

import id.go.wna.notification.domain.Post;

/**
 * The post a notice about a national goes to, and why, in plain English (e.g. "consular district of the Australian
 * Consulate-General Bali covers Bali (51)").
 */
public record PostChoice(Post post, String reason) {
}
