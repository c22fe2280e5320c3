package dev.vigil.cli;
public class VigilCommand { public static void main(String[] a) {} }
