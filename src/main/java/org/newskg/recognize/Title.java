package org.newskg.recognize;

/** A post title's surface form and its normalized head ("minister of foreign affairs" → "foreign minister"). */
public record Title(String surface, String head, String category, String scope) {}
